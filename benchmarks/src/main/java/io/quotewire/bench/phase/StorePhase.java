package io.quotewire.bench.phase;

import io.quotewire.bench.client.EventProducer;
import io.quotewire.bench.client.QueryClient;
import io.quotewire.bench.stats.LatencySummary;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.bench.stats.Stopwatch;
import io.quotewire.contracts.ArticleEnriched;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Figure 5: fills the store to a size by publishing articles made from real enriched events straight onto
 * {@code articles.enriched} (query-service stores them as it stores nlp-service's), reading what de-duplicating them
 * cost, then times the three queries.
 */
public final class StorePhase {

    private static final int WARM_UP_REQUESTS = 20;
    private static final long CHUNK = 1000;
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(60);

    private final QueryClient query;
    private final EventProducer producer;
    private final StoreEventFactory events;
    private long nextCopy;

    public StorePhase(QueryClient query, EventProducer producer, StoreEventFactory events) {
        this.query = query;
        this.producer = producer;
        this.events = events;
    }

    /**
     * Publishes copies in chunks, each once the store has caught up with the one before, until the store holds
     * {@code target} articles or the time limit passes; then waits (briefly) for the last chunk, so the queries are
     * never timed while query-service is still writing a backlog.
     */
    public StoreFill fill(long target, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long before = query.articleCount();
        QueryClient.DedupMetrics dedupBefore = query.dedupMetrics();
        long planted = 0;
        long published = 0;
        long reached = before;
        Stopwatch wall = Stopwatch.start();
        while (reached < target && System.nanoTime() < deadline) {
            long chunk = Math.min(CHUNK, target - reached);
            for (long i = 0; i < chunk; i++) {
                planted += StoreEventFactory.isWireCopy(nextCopy) ? 1 : 0;
                ArticleEnriched copy = events.copy(nextCopy++);
                producer.send(copy.id(), StoreEventFactory.json(copy));
            }
            producer.flush();
            published += chunk;
            reached = awaitCount(before + published, deadline + DRAIN_GRACE.toNanos());
        }
        double seconds = wall.seconds();
        QueryClient.DedupMetrics dedup = query.dedupMetrics();
        return new StoreFill(target, before, reached, published, seconds, new Deduplication(dedup.p50Millis(),
                dedup.p99Millis(), dedup.copies() - dedupBefore.copies(), planted,
                dedup.repeatedQuotes() - dedupBefore.repeatedQuotes()));
    }

    private long awaitCount(long expected, long deadline) throws InterruptedException {
        long count = query.articleCount();
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
            count = query.articleCount();
        }
        return count;
    }

    /** {@code requests} timed GETs per query, one at a time, after a short warm-up; probes drawn with a fixed seed. */
    public QueryLatencies measure(QueryProbes probes, int requests) {
        long articles = query.articleCount();
        Random random = new Random(7);
        Tally tally = new Tally();
        Function<List<String>, Supplier<String>> drawFrom = values -> () -> values.get(random.nextInt(values.size()));
        LatencySummary quotes = time("/quotes", "speaker", drawFrom.apply(probes.speakers()), requests, tally);
        LatencySummary entities = time("/entities", "q", drawFrom.apply(probes.entityPrefixes()), requests, tally);
        LatencySummary search = time("/search", "q", drawFrom.apply(probes.searchWords()), requests, tally);
        LatencySummary about = time("/quotes", "about", drawFrom.apply(probes.aboutNames()), requests, tally);
        return new QueryLatencies(articles, quotes, entities, search, about, tally.errors, tally.empty,
                Map.copyOf(tally.meanMatches), Map.copyOf(tally.cappedShare));
    }

    private LatencySummary time(String path, String parameter, Supplier<String> values, int requests, Tally tally) {
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            query.timedGet(path, parameter, values.get());
        }
        List<Double> millis = new ArrayList<>(requests);
        double matches = 0;
        int capped = 0;
        for (int i = 0; i < requests; i++) {
            QueryClient.Timed answer = query.timedGet(path, parameter, values.get());
            millis.add(answer.millis());
            if (answer.status() != 200) {
                tally.errors++;
            } else if (answer.total() == 0) {
                tally.empty++;
            }
            matches += Math.max(0, answer.total());
            capped += answer.totalIsLowerBound() ? 1 : 0;
        }
        // The speaker query keeps its path as key; a second query on the same path is keyed with its parameter.
        String key = "about".equals(parameter) ? path + "?" + parameter : path;
        tally.meanMatches.put(key, matches / requests);
        tally.cappedShare.put(key, (double) capped / requests);
        return new Percentiles(millis).summary();
    }

    /** Answers that were not 200, answers without results, and the mean number of results per path. */
    private static final class Tally {
        private final Map<String, Double> meanMatches = new HashMap<>();
        private final Map<String, Double> cappedShare = new HashMap<>();
        private int errors;
        private int empty;
    }
}
