package io.quotewire.bench.phase;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.client.QueryClient;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.stats.Percentiles;
import io.quotewire.bench.stats.Stopwatch;
import io.quotewire.engine.annotation.TextChunker;
import io.quotewire.engine.annotation.TextChunker.TextChunk;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Figure 7. Raw CoreNLP first, in this JVM while the stack is idle: the whole text as one document with CoreNLP's own
 * threads, then the same paragraph-aligned chunks nlp-service makes, annotated {@code threads} at a time. Then the
 * same text posted to ingest, followed by a few ordinary articles one second apart, each timed from its POST to
 * {@code enriched} in the query API.
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
        List<TextChunk> chunks = new TextChunker(chunkChars).chunks(text);
        RawTimes raw = raw(text, chunks, threads);

        CompletionTracker tracker = new CompletionTracker(query, watcher);
        long start = System.nanoTime();
        IngestClient.Posted posted = ingest.postJson(largest.title(), text, "bench");
        if (!posted.accepted()) {
            throw new IllegalStateException("ingest refused the largest article: HTTP " + posted.httpStatus());
        }
        tracker.posted(posted.articleId(), start);
        List<String> afterIds = new ArrayList<>();
        for (GeneratedArticle article : after) {
            Thread.sleep(AFTER_SPACING.toMillis());
            long postNanos = System.nanoTime();
            IngestClient.Posted answer = ingest.postJson(article.title(), article.text(), "bench");
            if (answer.accepted()) {
                tracker.posted(answer.articleId(), postNanos);
                afterIds.add(answer.articleId());
            }
        }
        List<CompletionTracker.Completion> completions = tracker.awaitAll(start + timeout.toNanos());
        return result(posted.articleId(), afterIds, completions, text.length(), chunks.size(), threads, raw);
    }

    /** Raw CoreNLP's timings of one text. */
    private record RawTimes(long tokens, double wholeSeconds, double chunkedSeconds, double oneChunkMillis) {}

    /** Each pipeline is loaded in a method of its own and dropped when it returns, so the two never share the heap. */
    private static RawTimes raw(String text, List<TextChunk> chunks, int threads) throws Exception {
        RawTimes whole = whole(text, chunks.get(0).of(text), threads);
        System.gc();
        return chunked(text, chunks, threads, whole);
    }

    /** The whole text as one document with CoreNLP's own threads (POS and NER tag sentences in parallel). */
    private static RawTimes whole(String text, String warmUp, int threads) {
        Properties settings = PipelineSettings.defaults();
        settings.setProperty("threads", Integer.toString(threads));
        StanfordCoreNLP threaded = new StanfordCoreNLP(settings);
        CoreNlpPhase.annotate(threaded, warmUp);
        Stopwatch clock = Stopwatch.start();
        long tokens = CoreNlpPhase.annotate(threaded, text).tokens().size();
        return new RawTimes(tokens, clock.seconds(), 0, 0);
    }

    /** The chunks nlp-service makes, on a pipeline like nlp-service's (no threads of its own), threads at a time. */
    private static RawTimes chunked(String text, List<TextChunk> chunks, int threads, RawTimes whole)
            throws Exception {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        CoreNlpPhase.annotate(pipeline, chunks.get(0).of(text));
        double chunked = CoreNlpPhase.annotateAll(pipeline, chunks.stream().map(chunk -> chunk.of(text)).toList(),
                threads);
        // One chunk on one thread, the mean of this pass (a single timing swings with the machine's other load).
        double perChunkMillis = chunked * 1000 * threads / chunks.size();
        return new RawTimes(whole.tokens(), whole.wholeSeconds(), chunked, perChunkMillis);
    }

    private static LargestArticle result(String id, List<String> afterIds, List<CompletionTracker.Completion> done,
            int chars, int chunks, int threads, RawTimes raw) {
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
        return new LargestArticle(chars, raw.tokens(), chunks, threads, raw.wholeSeconds(), raw.chunkedSeconds(),
                raw.oneChunkMillis(), enriched, nlp, status, new Percentiles(after).summary());
    }
}
