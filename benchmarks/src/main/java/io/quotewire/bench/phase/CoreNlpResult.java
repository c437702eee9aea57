package io.quotewire.bench.phase;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.nlp.bench.RunFigures;
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
 * @param templates the engine's real enriched events for the corpus, from which the store is filled
 * @param tokensByText CoreNLP tokens of each corpus text
 */
public record CoreNlpResult(double loadSeconds, RunFigures sequential, int threads, double parallelSeconds,
        List<ArticleEnriched> templates, Map<String, Long> tokensByText) {

    public double parallelArticlesPerSecond() {
        return sequential.articles() / parallelSeconds;
    }

    public double parallelTokensPerSecond() {
        return sequential.tokens() / parallelSeconds;
    }
}
