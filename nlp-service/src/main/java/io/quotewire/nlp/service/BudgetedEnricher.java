package io.quotewire.nlp.service;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.model.TextAnalysis;
import io.quotewire.nlp.config.NlpConfig;
import io.quotewire.nlp.config.TimeLimits;
import io.quotewire.nlp.corenlp.CoreNlpPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Enriches a text within its time budget ({@link TimeLimits#budgetFor(int)}): CoreNLP on its chunks, then the
 * attribution engine on the whole. Past the budget the caller gets {@link TimeBudgetExceededException} at once and
 * the article's remaining chunks are never started, so it stops using the cores after at most one chunk per thread.
 * When the service stops meanwhile, {@link EnrichmentStoppedException} says so: that is not the article's fault.
 */
@ApplicationScoped
public class BudgetedEnricher {

    private static final Logger LOG = Logger.getLogger(BudgetedEnricher.class);

    private final ChunkedAnnotator annotator;
    private final CoreNlpPipeline pipeline;
    private final AttributionEngine engine;
    private final TimeLimits limits;
    private final int maxTextChars;

    BudgetedEnricher(ChunkedAnnotator annotator, CoreNlpPipeline pipeline, AttributionEngine engine,
            NlpConfig config) {
        this.annotator = annotator;
        this.pipeline = pipeline;
        this.engine = engine;
        this.limits = TimeLimits.of(config);
        this.maxTextChars = config.maxTextChars();
    }

    /**
     * Throws when {@code text} can never be enriched as it is, before any work is spent on it.
     *
     * @throws UnprocessableTextException when the text is empty or longer than the configured limit
     */
    public void requireEnrichable(String text) {
        if (text == null || text.isBlank()) {
            throw new UnprocessableTextException("The article has no text to analyse.");
        }
        if (text.length() > maxTextChars) {
            throw new UnprocessableTextException("The article has %,d characters; at most %,d are analysed."
                    .formatted(text.length(), maxTextChars));
        }
    }

    /**
     * Enriches {@code text} published on {@code referenceDate} (null when not known), or gives up after its budget.
     *
     * @throws TimeBudgetExceededException when the budget ran out
     * @throws UnprocessableTextException when the text is empty or too long
     */
    public Enrichment enrich(String text, LocalDate referenceDate) {
        requireEnrichable(text);
        // The budget is for the article, not for the models still loading after a start.
        pipeline.awaitLoaded();
        Duration budget = limits.budgetFor(text.length());
        long started = System.nanoTime();
        ChunkRun run = annotator.start(text, referenceDate);
        AnnotatedText annotated = await(run, budget, text.length());
        TextAnalysis analysis = engine.analyze(annotated);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (run.chunkCount() > 1) {
            LOG.infof("Annotated %,d characters in %d chunks and analysed them in %d ms", text.length(),
                    run.chunkCount(), millis);
        }
        return new Enrichment(analysis, millis);
    }

    private static AnnotatedText await(ChunkRun run, Duration budget, int chars) {
        try {
            return run.result().get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel();
            LOG.warnf("Abandoned an enrichment of %,d characters (%d chunks) after its budget of %s", chars,
                    run.chunkCount(), describe(budget));
            throw new TimeBudgetExceededException("Enrichment exceeded its time budget of %s (the article has %,d "
                    .formatted(describe(budget), chars) + "characters)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Enrichment failed: " + e.getCause(), e.getCause());
        } catch (CancellationException e) {
            throw new EnrichmentStoppedException("nlp-service stopped while enriching the article", e);
        } catch (InterruptedException e) {
            run.cancel();
            Thread.currentThread().interrupt();
            throw new EnrichmentStoppedException("Interrupted while waiting for the enrichment", e);
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
