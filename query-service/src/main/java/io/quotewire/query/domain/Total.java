package io.quotewire.query.domain;

/** How many rows match: exactly {@code count}, or at least {@code count} when {@code lowerBound}. */
public record Total(long count, boolean lowerBound) {

    /** The total of a count taken up to {@code cap + 1} rows: past the cap it is "{@code cap}+". */
    public static Total capped(long counted, long cap) {
        return counted > cap ? new Total(cap, true) : new Total(counted, false);
    }
}
