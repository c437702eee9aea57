package io.quotewire.bench.phase;

import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.client.QueryClient;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.stats.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Figure 3: corpus articles posted to ingest and followed until the query API has them. */
public final class PipelinePhase {

    private final IngestClient ingest;
    private final QueryClient query;
    private final EnrichedWatcher watcher;

    public PipelinePhase(IngestClient ingest, QueryClient query, EnrichedWatcher watcher) {
        this.ingest = ingest;
        this.query = query;
        this.watcher = watcher;
    }

    /**
     * Light load: one article at a time, at most {@code ratePerSecond} a second, each posted only once the one
     * before is enriched, so no article ever waits behind another, whatever the machine's speed.
     */
    public LatencyRun light(List<GeneratedArticle> articles, double ratePerSecond, Duration timeout)
            throws InterruptedException {
        CompletionTracker tracker = new CompletionTracker(query, watcher);
        long intervalNanos = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<CompletionTracker.Completion> completions = new ArrayList<>();
        int posted = 0;
        long nextDue = start;
        for (int i = 0; i < articles.size() && System.nanoTime() < deadline; i++) {
            while (System.nanoTime() < nextDue) {
                Thread.sleep(5);
            }
            long postNanos = System.nanoTime();
            nextDue = postNanos + intervalNanos;
            if (post(articles.get(i), tracker, postNanos)) {
                posted++;
                completions = tracker.awaitAll(deadline);
            }
        }
        return summarise(posted, completions, start);
    }

    /** Posts every article as fast as {@code threads} clients can, then waits until all are enriched. */
    public LatencyRun saturate(List<GeneratedArticle> articles, int threads, Duration timeout) throws Exception {
        CompletionTracker tracker = new CompletionTracker(query, watcher);
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        int posted = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (GeneratedArticle article : articles) {
                results.add(clients.submit(() -> post(article, tracker, System.nanoTime())));
            }
            for (Future<Boolean> result : results) {
                posted += result.get() ? 1 : 0;
            }
        } finally {
            clients.shutdownNow();
        }
        return summarise(posted, tracker.awaitAll(start + timeout.toNanos()), start);
    }

    private boolean post(GeneratedArticle article, CompletionTracker tracker, long postNanos) {
        IngestClient.Posted answer = ingest.postJson(article.title(), article.text(), "bench");
        if (!answer.accepted()) {
            return false;
        }
        tracker.posted(answer.articleId(), postNanos);
        return true;
    }

    private static LatencyRun summarise(int posted, List<CompletionTracker.Completion> completions, long firstPost) {
        List<Double> endToEnd = new ArrayList<>();
        List<Double> nlp = new ArrayList<>();
        List<Double> toTopic = new ArrayList<>();
        List<Double> topicToQuery = new ArrayList<>();
        long lastArrival = firstPost;
        int failed = 0;
        for (CompletionTracker.Completion completion : completions) {
            if (!completion.enriched()) {
                failed++;
                continue;
            }
            endToEnd.add(completion.endToEndMillis());
            EnrichedWatcher.Arrival arrival = completion.arrival();
            long arrivedAt = arrival != null ? arrival.nanoTime() : completion.doneNanos();
            lastArrival = Math.max(lastArrival, arrivedAt);
            if (arrival != null) {
                toTopic.add((arrival.nanoTime() - completion.postNanos()) / 1e6);
                topicToQuery.add((completion.doneNanos() - arrival.nanoTime()) / 1e6);
                if (arrival.processingMillis() >= 0) {
                    nlp.add((double) arrival.processingMillis());
                }
            }
        }
        return new LatencyRun(posted, endToEnd.size(), failed, new Percentiles(endToEnd).summary(),
                new Percentiles(nlp).summary(), new Percentiles(toTopic).summary(),
                new Percentiles(topicToQuery).summary(), (lastArrival - firstPost) / 1e9);
    }
}
