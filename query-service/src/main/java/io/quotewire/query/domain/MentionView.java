package io.quotewire.query.domain;

/** An entity mention in an article's text, {@code [start, end)}, with the canonical entity it belongs to. */
public record MentionView(String text, String type, int start, int end, Long entityId, String canonicalName) {}
