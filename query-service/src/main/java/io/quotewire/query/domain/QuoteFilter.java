package io.quotewire.query.domain;

/**
 * Filters of the quote list; null means "any".
 *
 * @param speaker the speaker's name or part of it, an alias, or the speaker's entity id
 * @param about a term or entity: the quote's words, or the passage it answers, name it (see AboutMatch)
 * @param q full-text query over the quote's words (websearch syntax)
 */
public record QuoteFilter(String speaker, String about, String q) {}
