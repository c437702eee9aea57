package io.quotewire.engine.model;

/**
 * Words inside a quote that stand for an entity without naming it, {@code [start, end)} into the article text: the
 * "he" in “because he believed Trump wanted a foreign policy success” is Kim Jong Un.
 *
 * @param entityKey the entity's {@link CanonicalEntity#key()}
 * @param text the words as written ("he", "his")
 */
public record EntityReference(String entityKey, String text, int start, int end) {}
