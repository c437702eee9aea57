package io.quotewire.bench.phase;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.client.QueryClient;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.bench.stats.Stopwatch;
import io.quotewire.engine.annotation.TextChunker;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Figure 7. Raw CoreNLP in this JVM while the stack is idle: the whole text as one document with CoreNLP's own
 * threads, and the same paragraph-aligned chunks nlp-service makes, {@code threads} at a time. Then the same text
 * posted to ingest, followed by a few ordinary articles one second apart, each timed from its POST to {@code enriched}
 * in the query API; then the chunked raw pass once more, so that the two raw timings bracket the service's, as in
 * figure 1, and a change of the machine's other load shows as their difference.
 */
public final class LargestArticlePhase {

    private static final Duration AFTER_SPACING = Duration.ofSeconds(1);

    private final IngestClient ingest;
    private final QueryClient query;
    private final EnrichedWatcher watcher;

    public LargestArticlePhase(IngestClient ingest, QueryClient query, EnrichedWatcher watcher) {
        this.ingest = ingest;
        this.query = query;
        this.watcher = watcher;
    }

    /** Measures {@code largest} and the articles {@code after} it; {@code chunkChars} as nlp-service chunks. */
    public LargestArticle run(GeneratedArticle largest, List<GeneratedArticle> after, int threads, int chunkChars,
            Duration timeout) throws Exception {
        String text = largest.text();
        List<String> chunks = new TextChunker(chunkChars).chunks(text).stream().map(chunk -> chunk.of(text)).toList();
        Whole whole = whole(text, chunks.get(0), threads);
        System.gc();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        CoreNlpPhase.annotate(pipeline, chunks.get(0));
        double chunkedBefore = CoreNlpPhase.annotateAll(pipeline, chunks, threads);

        CompletionTracker tracker = new CompletionTracker(query, watcher);
        long start = System.nanoTime();
        IngestClient.Posted posted = ingest.postJson(largest.title(), text, "bench");
        if (!posted.accepted()) {
            throw new IllegalStateException("ingest refused the largest article: HTTP " + posted.httpStatus());
        }
        tracker.posted(posted.articleId(), start);
        List<String> afterIds = postAfter(after, tracker);
        List<CompletionTracker.Completion> completions = tracker.awaitAll(start + timeout.toNanos());

        double chunkedAfter = CoreNlpPhase.annotateAll(pipeline, chunks, threads);
        double chunked = (chunkedBefore + chunkedAfter) / 2;
        // One chunk on one thread: the mean of the chunked passes (a single timing swings with the other load).
        double chunkMillis = chunked * 1000 * threads / chunks.size();
        Service service = service(posted.articleId(), afterIds, completions);
        return new LargestArticle(text.length(), whole.tokens(), chunks.size(), threads, whole.seconds(),
                chunkedBefore, chunkedAfter, chunkMillis, service.enrichedSeconds(), service.nlpSeconds(),
                service.status(), new Percentiles(service.after()).summary());
    }

    /** CoreNLP's tokens in the text, and the time it took as one document. */
    private record Whole(long tokens, double seconds) {}

    /** What the pipeline did with the largest article, and the latencies of the articles after it. */
    private record Service(double enrichedSeconds, double nlpSeconds, String status, List<Double> after) {}

    /** The whole text with CoreNLP's own threads; its pipeline is dropped when this returns. */
    private static Whole whole(String text, String warmUp, int threads) {
        Properties settings = PipelineSettings.defaults();
        settings.setProperty("threads", Integer.toString(threads));
        StanfordCoreNLP threaded = new StanfordCoreNLP(settings);
        CoreNlpPhase.annotate(threaded, warmUp);
        Stopwatch clock = Stopwatch.start();
        long tokens = CoreNlpPhase.annotate(threaded, text).tokens().size();
        return new Whole(tokens, clock.seconds());
    }

    private List<String> postAfter(List<GeneratedArticle> after, CompletionTracker tracker) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (GeneratedArticle article : after) {
            Thread.sleep(AFTER_SPACING.toMillis());
            long postNanos = System.nanoTime();
            IngestClient.Posted answer = ingest.postJson(article.title(), article.text(), "bench");
            if (answer.accepted()) {
                tracker.posted(answer.articleId(), postNanos);
                ids.add(answer.articleId());
            }
        }
        return ids;
    }

    private static Service service(String id, List<String> afterIds, List<CompletionTracker.Completion> done) {
        double enriched = -1;
        double nlp = -1;
        String status = "processing";
        List<Double> after = new ArrayList<>();
        for (CompletionTracker.Completion completion : done) {
            if (completion.articleId().equals(id)) {
                status = completion.status();
                if (completion.enriched()) {
                    enriched = completion.endToEndMillis() / 1000;
                    nlp = completion.arrival() == null ? -1 : completion.arrival().processingMillis() / 1000.0;
                }
            } else if (afterIds.contains(completion.articleId()) && completion.enriched()) {
                after.add(completion.endToEndMillis());
            }
        }
        return new Service(enriched, nlp, status, after);
    }
}
