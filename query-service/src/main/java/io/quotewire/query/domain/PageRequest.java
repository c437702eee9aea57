package io.quotewire.query.domain;

/** Which page of a list to serve: {@code page} is 0-based, {@code size} 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest row a page may start at: beyond it PostgreSQL would scan a million rows to skip them. */
    public static final int MAX_OFFSET = 1_000_000;

    /** Whether a page this deep may be served ({@code page × size} at most {@link #MAX_OFFSET}). */
    public static boolean withinReach(int page, int size) {
        return (long) page * size <= MAX_OFFSET;
    }

    /** Rows to skip before this page. */
    public int offset() {
        return page * size;
    }

    /** Wraps this page's items with the exact total. */
    public <T> Page<T> of(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total, false);
    }

    /** Wraps this page's items with a total that is exact, or a lower bound when {@code total.lowerBound()}. */
    public <T> Page<T> of(java.util.List<T> items, Total total) {
        return new Page<>(items, page, size, total.count(), total.lowerBound());
    }
}
