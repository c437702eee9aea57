package io.quotewire.query.domain;

/**
 * Filters of the quote list; null means "any".
 *
 * @param speaker the speaker's name or part of it, an alias, or the speaker's entity id
 * @param about a term or entity: the quote's words, or the passage it answers, name it (see AboutMatch)
 * @param q full-text query over the quote's words (websearch syntax)
 * @param dates when the quote's article (its first occurrence) counts as published
 */
public record QuoteFilter(String speaker, String about, String q, DateRange dates) {

    /** A filter with no date range. */
    public QuoteFilter(String speaker, String about, String q) {
        this(speaker, about, q, DateRange.ANY);
    }
}
