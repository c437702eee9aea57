package io.quotewire.query.domain;

import java.time.Instant;

/**
 * {@code [from, to)} over the day an article counts as published (publishedAt, else receivedAt); either end may be
 * open (null). {@code ?to=2019-10-31} means up to the end of that day.
 */
public record DateRange(Instant from, Instant to) {

    public static final DateRange ANY = new DateRange(null, null);

    public boolean isAny() {
        return from == null && to == null;
    }
}
