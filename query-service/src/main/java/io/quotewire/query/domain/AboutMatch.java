package io.quotewire.query.domain;

import java.util.Locale;

/**
 * Why a quote is about what {@code about=} asked for, strongest first: the order is the ranking of the answer.
 */
public enum AboutMatch {
    /**
     * The quote's own words name it: a word asked for ("sanctions"), or a name the NLP resolved to the entity asked
     * for ("pushing Kim" for Kim Jong Un).
     */
    QUOTE,
    /** A pronoun inside the quote that the NLP resolved to the entity asked for: "he" for Kim Jong Un. */
    REFERENCE,
    /** The passage the quote answers names it: the paragraph before, or the quote's own sentence and cue clause. */
    CONTEXT;

    /** The rank stored in SQL: 1 for {@link #QUOTE}, 2, 3. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The match of SQL rank {@code rank}. */
    public static AboutMatch ofRank(int rank) {
        return values()[rank - 1];
    }

    /** The name in the API: {@code quote}, {@code reference} or {@code context}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
