package io.quotewire.bench.phase;

import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.bench.stats.Stopwatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Figure 4: how many small files per second ingest accepts with the broker's acknowledgement. */
public final class IngestPhase {

    private final IngestClient ingest;

    public IngestPhase(IngestClient ingest) {
        this.ingest = ingest;
    }

    /** Posts up to {@code files} distinct one-paragraph files from {@code threads} clients, within the time limit. */
    public IngestRun run(int files, int threads, String runId, Duration limit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        Stopwatch wall = Stopwatch.start();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        Stopwatch request = Stopwatch.start();
                        IngestClient.Posted answer = ingest.postFile("wire-" + i + ".txt", smallFile(runId, i));
                        latencies.add(request.millis());
                        if (answer.accepted()) {
                            accepted.incrementAndGet();
                        } else {
                            refused.merge(answer.httpStatus(), 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            clients.shutdownNow();
        }
        int refusedCount = refused.values().stream().mapToInt(Integer::intValue).sum();
        return new IngestRun(threads, accepted.get(), refusedCount, new TreeMap<>(refused), wall.seconds(),
                new Percentiles(latencies).summary());
    }

    /** A short wire item (about 150 bytes) with a quote, unique per run and number so none is a duplicate. */
    static String smallFile(String runId, int number) {
        return "Wire item " + runId + "-" + number + "\n“We will look at the proposal again next week,” said "
                + "Anna Lindqvist, a spokesperson for the Nordic Council, in Stockholm on Monday.\n";
    }
}
