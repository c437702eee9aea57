package io.quotewire.engine.eval;

/** A character range {@code [start, end)}. */
public record Span(int start, int end) {

    public int length() {
        return Math.max(0, end - start);
    }

    /** Characters shared with {@code other}. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
