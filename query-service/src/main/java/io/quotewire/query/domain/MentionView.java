package io.quotewire.query.domain;

/**
 * An entity mention in an article's text, {@code [start, end)}, with the canonical entity it belongs to.
 *
 * @param value the normalised value of a DATE, TIME, MONEY or PERCENT mention ("2019-10-05"), null for names
 */
public record MentionView(String text, String type, int start, int end, Long entityId, String canonicalName,
        String value) {}
