package io.quotewire.query.domain;

import java.util.List;

/** A canonical entity with its aliases, the articles it appears in and the quotes it said. */
public record EntityDetail(
        long id,
        String type,
        String canonicalName,
        List<String> aliases,
        List<ArticleSummary> articles,
        List<QuoteListItem> quotes) {}
