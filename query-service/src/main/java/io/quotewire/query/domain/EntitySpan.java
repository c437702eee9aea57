package io.quotewire.query.domain;

/** Where an article names a canonical entity, {@code [start, end)} in its text: a mention reduced to what about= reads. */
public record EntitySpan(int start, int end, long entityId) {

    /** Whether the span lies within {@code [from, to)}. */
    public boolean within(int from, int to) {
        return start >= from && end <= to;
    }
}
