package io.quotewire.bench.phase;

import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.QueryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns when each posted article is {@code enriched} in the query API. Asks query-service every 20 ms about the
 * articles whose enriched event is already on the topic (so the poll does not load the service with questions
 * about articles still queued for NLP), and about all others every 2 s, to notice failures.
 */
final class CompletionTracker {

    private static final long POLL_MILLIS = 20;
    private static final long FULL_SWEEP_NANOS = 2_000_000_000L;

    private final QueryClient query;
    private final EnrichedWatcher watcher;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final List<Completion> completions = new ArrayList<>();
    private long lastSweep = System.nanoTime();

    CompletionTracker(QueryClient query, EnrichedWatcher watcher) {
        this.query = query;
        this.watcher = watcher;
    }

    /** Notes that the article was posted at {@code postNanos} (nanoTime). */
    void posted(String articleId, long postNanos) {
        pending.putIfAbsent(articleId, postNanos);
    }

    /** Polls until nothing is pending or the deadline passes; answers every completion so far. */
    List<Completion> awaitAll(long deadlineNanos) throws InterruptedException {
        while (!pending.isEmpty() && System.nanoTime() < deadlineNanos) {
            pollOnce();
            Thread.sleep(POLL_MILLIS);
        }
        return List.copyOf(completions);
    }

    int pendingCount() {
        return pending.size();
    }

    /** One round of questions; call it from a single thread. */
    void pollOnce() {
        long now = System.nanoTime();
        boolean sweep = now - lastSweep > FULL_SWEEP_NANOS;
        if (sweep) {
            lastSweep = now;
        }
        for (Map.Entry<String, Long> entry : List.copyOf(pending.entrySet())) {
            EnrichedWatcher.Arrival arrival = watcher.arrival(entry.getKey());
            if (arrival == null && !sweep) {
                continue;
            }
            Optional<String> status = query.status(entry.getKey());
            if (status.isPresent() && !status.get().equals("processing")) {
                long done = System.nanoTime();
                pending.remove(entry.getKey());
                synchronized (completions) {
                    completions.add(new Completion(entry.getKey(), entry.getValue(), done, status.get(), arrival));
                }
            }
        }
    }

    /**
     * An article's way through the pipeline: posted, seen final in the query API, and its enriched event (null
     * when it failed).
     */
    record Completion(String articleId, long postNanos, long doneNanos, String status,
            EnrichedWatcher.Arrival arrival) {

        double endToEndMillis() {
            return (doneNanos - postNanos) / 1e6;
        }

        boolean enriched() {
            return "enriched".equals(status);
        }
    }
}
