package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;

/**
 * Small files posted to ingest by several clients at once.
 *
 * @param accepted files answered 202 {@code accepted} (published and acknowledged by the broker)
 * @param refused files answered anything else
 * @param seconds wall time from the first POST to the last answer
 * @param perRequest latency of each POST
 */
public record IngestRun(int threads, int accepted, int refused, double seconds, LatencySummary perRequest) {

    public double filesPerSecond() {
        return accepted / seconds;
    }
}
