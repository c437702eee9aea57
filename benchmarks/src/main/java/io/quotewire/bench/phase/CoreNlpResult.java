package io.quotewire.bench.phase;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.engine.bench.RunFigures;
import java.util.List;
import java.util.Map;

/**
 * Raw CoreNLP on the corpus, in the driver's own JVM.
 *
 * @param loadSeconds time to build the pipeline from {@code PipelineSettings.defaults()}
 * @param sequential one thread, CoreNLP and the attribution engine timed apart (nlp-service's AttributionBenchmark
 *     figures)
 * @param threads documents annotated at once in the parallel pass, as nlp-service's worker pool does
 * @param parallelSeconds wall time of {@code annotate} over the corpus with {@code threads} threads
 * @param parallelSecondsAfter the same, timed again after nlp-service's throughput pass (equal to
 *     {@code parallelSeconds} until then)
 * @param parallelCpuSeconds CPU seconds the driver's process used during the parallel pass
 * @param parallelCpuSecondsAfter the same during the pass timed again (equal to {@code parallelCpuSeconds} until then)
 * @param templates the engine's real enriched events for the corpus, from which the store is filled
 * @param tokensByText CoreNLP tokens of each corpus text
 */
public record CoreNlpResult(double loadSeconds, RunFigures sequential, int threads, double parallelSeconds,
        double parallelSecondsAfter, double parallelCpuSeconds, double parallelCpuSecondsAfter,
        List<ArticleEnriched> templates, Map<String, Long> tokensByText) {

    /** Articles a second of the parallel pass, the mean of the two timings. */
    public double parallelArticlesPerSecond() {
        return (sequential.articles() / parallelSeconds + sequential.articles() / parallelSecondsAfter) / 2;
    }

    /** Tokens a second of the parallel pass, the mean of the two timings. */
    public double parallelTokensPerSecond() {
        return (tokensPerSecondBefore() + tokensPerSecondAfter()) / 2;
    }

    public double tokensPerSecondBefore() {
        return sequential.tokens() / parallelSeconds;
    }

    public double tokensPerSecondAfter() {
        return sequential.tokens() / parallelSecondsAfter;
    }

    CoreNlpResult withParallelPassAfter(ParallelPass after) {
        return new CoreNlpResult(loadSeconds, sequential, threads, parallelSeconds, after.seconds(), parallelCpuSeconds,
                after.cpuSeconds(), templates, tokensByText);
    }
}
