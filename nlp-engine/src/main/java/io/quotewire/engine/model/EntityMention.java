package io.quotewire.engine.model;

/** One place the text names an entity, as character offsets {@code [start, end)} into the article text. */
public record EntityMention(String entityKey, String text, String type, int start, int end) {}
