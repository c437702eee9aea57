package io.quotewire.bench.phase;

import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.bench.stats.Stopwatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * Posts up to {@code files} distinct one-paragraph files from {@code threads} clients, {@code perRequest} files in
     * each request, within the time limit.
     */
    public IngestRun run(int files, int threads, int perRequest, String runId, Duration limit) throws Exception {
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
                    for (int first = next.getAndAdd(perRequest); first < files && System.nanoTime() < deadline;
                            first = next.getAndAdd(perRequest)) {
                        Map<String, String> request = new LinkedHashMap<>();
                        for (int i = first; i < Math.min(files, first + perRequest); i++) {
                            request.put("wire-" + i + ".txt", smallFile(runId, i));
                        }
                        Stopwatch timer = Stopwatch.start();
                        IngestClient.Batch answer = ingest.postFiles(request);
                        latencies.add(timer.millis());
                        accepted.addAndGet(answer.accepted());
                        if (answer.accepted() < request.size()) {
                            refused.merge(answer.httpStatus(), request.size() - answer.accepted(), Integer::sum);
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
        return new IngestRun(threads, perRequest, accepted.get(), refusedCount, new TreeMap<>(refused), wall.seconds(),
                new Percentiles(latencies).summary());
    }

    /** A short wire item (about 150 bytes) with a quote, unique per run and number so none is a duplicate. */
    static String smallFile(String runId, int number) {
        return "Wire item " + runId + "-" + number + "\n“We will look at the proposal again next week,” said "
                + "Anna Lindqvist, a spokesperson for the Nordic Council, in Stockholm on Monday.\n";
    }
}
