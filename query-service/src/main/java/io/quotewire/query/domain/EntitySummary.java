package io.quotewire.query.domain;

import java.util.List;

/** A canonical entity with how many articles name it, how often, and how many quotes it said. */
public record EntitySummary(
        long id,
        String type,
        String canonicalName,
        List<String> aliases,
        long articleCount,
        long mentionCount,
        long quoteCount) {}
