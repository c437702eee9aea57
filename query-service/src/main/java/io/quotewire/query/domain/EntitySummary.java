package io.quotewire.query.domain;

import java.util.List;

/**
 * A canonical entity with how many articles name it, how often, and how many quotes it said (each once).
 *
 * @param value the value a DATE, TIME, MONEY or PERCENT stands for, null for names
 */
public record EntitySummary(
        long id,
        String type,
        String canonicalName,
        String value,
        List<String> aliases,
        long articleCount,
        long mentionCount,
        long quoteCount) {}
