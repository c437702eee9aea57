package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;
import java.util.Map;

/**
 * Small files posted to ingest by several clients at once.
 *
 * @param filesPerRequest files sent in each multipart request
 * @param accepted files answered 202 {@code accepted} (published and acknowledged by the broker)
 * @param refused files answered anything else
 * @param refusedByStatus the refused files by HTTP status (a 202 here is a file ingest called a duplicate)
 * @param seconds wall time from the first POST to the last answer
 * @param perRequest latency of each POST (a request of {@code filesPerRequest} files)
 */
public record IngestRun(int threads, int filesPerRequest, int accepted, int refused, Map<Integer, Integer> refusedByStatus,
        double seconds, LatencySummary perRequest) {

    public double filesPerSecond() {
        return accepted / seconds;
    }
}
