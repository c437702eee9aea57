package io.quotewire.engine.model;

import java.util.Locale;

/** What sort of quotation a span is; a {@link #TERM} never has a speaker. */
public enum QuoteKind {
    /** A whole quoted statement: “We have no intention…,” said the statement. */
    DIRECT,
    /** A quoted fragment inside reported speech: called it a “time bomb”. */
    PARTIAL,
    /** Reported speech without quote marks: X said that …, according to X, … */
    INDIRECT,
    /** Scare quotes or a title: “working-level” talks. */
    TERM;

    /** The lower-case name used in events and the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
