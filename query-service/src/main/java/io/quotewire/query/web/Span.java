package io.quotewire.query.web;

import java.util.Map;
import java.util.TreeMap;

/**
 * A range {@code [start, end)} of an article's text to wrap in one HTML element, e.g. a quote or an entity mention.
 * Attribute values are plain text; {@link TextHighlighter} escapes them.
 */
public record Span(int start, int end, String element, Map<String, String> attributes) {

    public Span {
        if (!element.matches("[a-z]+")) {
            throw new IllegalArgumentException("Not an HTML element name: " + element);
        }
        // Sorted, so the same span always renders the same HTML.
        attributes = new TreeMap<>(attributes);
    }

    /** Whether the span lies inside a text of {@code length} characters and covers at least one of them. */
    boolean fitsIn(int length) {
        return start >= 0 && end <= length && start < end;
    }
}
