package io.quotewire.nlp.service;

import io.quotewire.nlp.config.NlpConfig;
import io.quotewire.nlp.corenlp.CoreNlpPipeline;
import io.quotewire.engine.model.Enrichment;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Enriches a text within {@code quotewire.nlp.time-budget}. CoreNLP cannot be stopped safely from outside, so the
 * work runs on its own thread: past the budget the caller gets {@link TimeBudgetExceededException} at once, the
 * thread is interrupted (CoreNLP's annotators check for it only here and there) and its result is thrown away.
 */
@ApplicationScoped
public class BudgetedEnricher {

    private static final Logger LOG = Logger.getLogger(BudgetedEnricher.class);
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED = 2;

    private final ArticleEnricher enricher;
    private final CoreNlpPipeline pipeline;
    private final Duration budget;
    private final AtomicInteger abandonedRunning = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "nlp-budgeted-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    BudgetedEnricher(ArticleEnricher enricher, CoreNlpPipeline pipeline, NlpConfig config) {
        this.enricher = enricher;
        this.pipeline = pipeline;
        this.budget = config.timeBudget();
    }

    /** Enriches {@code text} of an unknown day; see {@link #enrich(String, LocalDate)}. */
    public Enrichment enrich(String text) {
        return enrich(text, null);
    }

    /**
     * Enriches {@code text} published on {@code referenceDate} (null when not known), or gives up after the budget.
     *
     * @throws TimeBudgetExceededException when the budget ran out
     * @throws UnprocessableTextException when the text is empty or too long
     */
    public Enrichment enrich(String text, LocalDate referenceDate) {
        // The budget is for the article, not for the models still loading after a start.
        pipeline.awaitLoaded();
        // RUNNING until the run ends (FINISHED) or the caller gives up on it (ABANDONED), whichever comes first.
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<Enrichment> work = executor.submit(() -> {
            try {
                return enricher.enrich(text, referenceDate);
            } finally {
                if (!state.compareAndSet(RUNNING, FINISHED)) {
                    abandonedRunning.decrementAndGet();
                }
            }
        });
        try {
            return work.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                abandonedRunning.incrementAndGet();
            }
            work.cancel(true);
            LOG.warnf("Abandoned an enrichment of %,d characters after %s; %d abandoned still running",
                    text.length(), describe(budget), abandonedRunning.get());
            throw new TimeBudgetExceededException("Enrichment exceeded its time budget of %s (the article has %,d "
                    .formatted(describe(budget), text.length()) + "characters)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Enrichment failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the enrichment", e);
        }
    }

    /** How many abandoned enrichments are still running (CoreNLP has not noticed the interrupt yet). */
    public int abandonedRunning() {
        return abandonedRunning.get();
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
