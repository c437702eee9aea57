package io.quotewire.query.domain;

import java.util.List;

/**
 * A canonical entity with its aliases, the articles it appears in and the quotes it said (each once).
 *
 * @param value the value a DATE, TIME, MONEY or PERCENT stands for, null for names
 * @param names every name of the entity with its mention count and why it belongs (the canonical name first)
 * @param articlesByMonth how many of its articles are dated in each month, oldest first
 */
public record EntityDetail(
        long id,
        String type,
        String canonicalName,
        String value,
        List<String> aliases,
        List<AliasView> names,
        List<MonthCount> articlesByMonth,
        List<ArticleSummary> articles,
        List<QuoteListItem> quotes) {}
