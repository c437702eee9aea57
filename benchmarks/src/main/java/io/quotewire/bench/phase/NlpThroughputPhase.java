package io.quotewire.bench.phase;

import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.EventProducer;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.contracts.ArticleIngested;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 1, service side: the corpus is put onto {@code articles.ingested} at once, exactly as ingest-service
 * would publish it, and nlp-service's rate is read from the arrivals of its enriched events. Nothing but Kafka
 * stands between the records and the service, so this is its consumption rate, not ingest's.
 */
public final class NlpThroughputPhase {

    private static final long POLL_MILLIS = 10;

    private final EventProducer ingestedTopic;
    private final EnrichedWatcher watcher;

    /** @param ingestedTopic a producer onto {@code articles.ingested} */
    public NlpThroughputPhase(EventProducer ingestedTopic, EnrichedWatcher watcher) {
        this.ingestedTopic = ingestedTopic;
        this.watcher = watcher;
    }

    /**
     * Publishes every article and waits until all are enriched or the timeout passes.
     *
     * @param tokensByText CoreNLP tokens of each corpus text (missing texts count 0 tokens)
     */
    public NlpThroughput run(List<GeneratedArticle> corpus, Map<String, Long> tokensByText, Duration timeout)
            throws InterruptedException {
        List<ArticleIngested> events = new ArrayList<>();
        List<Long> tokens = new ArrayList<>();
        for (GeneratedArticle article : corpus) {
            events.add(IngestedEvents.of(article));
            tokens.add(tokensByText.getOrDefault(article.text(), 0L));
        }
        long start = System.nanoTime();
        events.forEach(event -> ingestedTopic.send(event.id(), IngestedEvents.json(event)));
        ingestedTopic.flush();
        long deadline = start + timeout.toNanos();
        while (!allArrived(events) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }

        int enriched = 0;
        long enrichedTokens = 0;
        long lastArrival = start;
        List<Double> nlpMillis = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EnrichedWatcher.Arrival arrival = watcher.arrival(events.get(i).id());
            if (arrival == null) {
                continue;
            }
            enriched++;
            enrichedTokens += tokens.get(i);
            lastArrival = Math.max(lastArrival, arrival.nanoTime());
            if (arrival.processingMillis() >= 0) {
                nlpMillis.add((double) arrival.processingMillis());
            }
        }
        return new NlpThroughput(events.size(), enriched, enrichedTokens, (lastArrival - start) / 1e9,
                new Percentiles(nlpMillis).summary());
    }

    private boolean allArrived(List<ArticleIngested> events) {
        return events.stream().allMatch(event -> watcher.arrival(event.id()) != null);
    }
}
