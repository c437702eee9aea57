package io.quotewire.bench.phase;

/**
 * One filling of the store with copies of enriched events.
 *
 * @param target articles the store should hold
 * @param before articles it held when the filling began
 * @param reached articles it held when the filling ended
 * @param published events sent to {@code articles.enriched}
 * @param seconds from the first event sent to the store reaching the target (or the time limit)
 * @param deduplication what finding copies and repeated quotes cost and found meanwhile (null if not read)
 */
public record StoreFill(long target, long before, long reached, long published, double seconds,
        Deduplication deduplication) {

    /** Articles query-service stored per second while it was being filled. */
    public double articlesPerSecond() {
        return (reached - before) / seconds;
    }

    public boolean complete() {
        return reached >= target;
    }
}
