package io.quotewire.bench.phase;

/**
 * One filling of the store with copies of enriched events.
 *
 * @param target articles the store should hold
 * @param reached articles it held when the filling ended
 * @param published events sent to {@code articles.enriched}
 * @param seconds from the first event sent to the store reaching the target (or the time limit)
 */
public record StoreFill(long target, long reached, long published, double seconds) {

    public double articlesPerSecond() {
        return published / seconds;
    }

    public boolean complete() {
        return reached >= target;
    }
}
