package io.quotewire.bench.phase;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.stack.CpuTimes;
import io.quotewire.bench.stats.Stopwatch;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.bench.RunFigures;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.model.TextAnalysis;
import io.quotewire.engine.events.EnrichedArticleMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Figures 1 (raw side) and 2: the pipeline nlp-service builds ({@code PipelineSettings.defaults()}), timed per
 * article with the attribution engine apart, then annotating with as many threads as nlp-service's workers. The
 * pipeline is kept until {@link #close()}, so the parallel pass can be timed again after the service's pass: the two
 * bracket it, and the machine's other load shows as their difference.
 */
public final class CoreNlpPhase implements AutoCloseable {

    private static final int WARM_UP_ARTICLES = 2;
    private static final String OWN_PROCESS = "driver";

    private StanfordCoreNLP pipeline;

    /** Runs both passes. */
    public CoreNlpResult run(List<GeneratedArticle> corpus, int threads) throws Exception {
        Stopwatch load = Stopwatch.start();
        pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        double loadSeconds = load.seconds();
        AttributionEngine engine = new AttributionEngine();
        for (GeneratedArticle article : corpus.subList(0, Math.min(WARM_UP_ARTICLES, corpus.size()))) {
            engine.analyze(annotate(pipeline, article.text()));
        }

        long tokens = 0;
        double coreNlpMillis = 0;
        double engineMillis = 0;
        int quotes = 0;
        List<ArticleEnriched> templates = new ArrayList<>();
        Map<String, Long> tokensByText = new HashMap<>();
        for (GeneratedArticle article : corpus) {
            Stopwatch annotation = Stopwatch.start();
            CoreDocument document = annotate(pipeline, article.text());
            double annotated = annotation.millis();
            Stopwatch attribution = Stopwatch.start();
            TextAnalysis analysis = engine.analyze(document);
            double analysed = attribution.millis();
            coreNlpMillis += annotated;
            engineMillis += analysed;
            tokens += document.tokens().size();
            tokensByText.put(article.text(), (long) document.tokens().size());
            quotes += analysis.quotes().size();
            templates.add(event(article, new Enrichment(analysis, Math.round(annotated + analysed))));
        }
        RunFigures sequential = new RunFigures("bench corpus", corpus.size(), tokens, coreNlpMillis, engineMillis,
                quotes);
        ParallelPass parallel = parallelPass(pipeline, corpus, threads);
        return new CoreNlpResult(loadSeconds, sequential, threads, parallel.seconds(), parallel.seconds(),
                parallel.cpuSeconds(), parallel.cpuSeconds(), templates, tokensByText);
    }

    /** {@code earlier} with the parallel pass timed once more on the same corpus. */
    public CoreNlpResult rerunParallel(CoreNlpResult earlier, List<GeneratedArticle> corpus) throws Exception {
        if (pipeline == null) {
            throw new IllegalStateException("run() first");
        }
        return earlier.withParallelPassAfter(parallelPass(pipeline, corpus, earlier.threads()));
    }

    /** Drops the pipeline so its heap can be collected. */
    @Override
    public void close() {
        pipeline = null;
    }

    private static ParallelPass parallelPass(StanfordCoreNLP pipeline, List<GeneratedArticle> corpus, int threads)
            throws Exception {
        double cpuBefore = ownCpuSeconds();
        double seconds = annotateAll(pipeline, corpus.stream().map(GeneratedArticle::text).toList(), threads);
        return new ParallelPass(seconds, ownCpuSeconds() - cpuBefore);
    }

    /** This driver's CPU seconds so far, read from /proc as every other process's are. */
    private static double ownCpuSeconds() {
        return CpuTimes.snapshot(Map.of(OWN_PROCESS, ProcessHandle.current().pid())).get(OWN_PROCESS);
    }

    /** Wall time, in seconds, of annotating {@code texts} with {@code threads} threads sharing {@code pipeline}. */
    static double annotateAll(StanfordCoreNLP pipeline, List<String> texts, int threads) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            Stopwatch wall = Stopwatch.start();
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(workers.submit(() -> annotate(pipeline, text)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return wall.seconds();
        } finally {
            workers.shutdownNow();
        }
    }

    /** {@code text} annotated by {@code pipeline}. */
    static CoreDocument annotate(StanfordCoreNLP pipeline, String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        return document;
    }

    /** The enriched event nlp-service would publish for the article, built with its own mapper. */
    private static ArticleEnriched event(GeneratedArticle article, Enrichment enrichment) {
        return EnrichedArticleMapper.toEvent(IngestedEvents.of(article), enrichment, Clock.systemUTC());
    }
}
