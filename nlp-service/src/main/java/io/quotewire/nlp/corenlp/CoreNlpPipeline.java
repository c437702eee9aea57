package io.quotewire.nlp.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.corenlp.DatedDocument;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quarkus.runtime.StartupEvent;
import io.quotewire.nlp.config.NlpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The one Stanford CoreNLP pipeline of this JVM, loaded and warmed up once in the background at start-up.
 *
 * <p>Loading takes seconds and hundreds of MB, so it happens once; annotating from several threads at once is
 * safe with these annotators (measured: identical output).
 */
@ApplicationScoped
public class CoreNlpPipeline {

    private static final Logger LOG = Logger.getLogger(CoreNlpPipeline.class);
    // Loading takes 10-40 s and the warm-up quotewire.nlp.warm-up (20 s); an article arriving meanwhile waits.
    private static final long LOAD_WAIT_SECONDS = 120;
    // The built-in article's relative dates ("on Tuesday", "next year") resolve against a day, as real articles' do.
    private static final LocalDate WARM_UP_ARTICLE_DATE = LocalDate.of(2024, 11, 19);

    private final CompletableFuture<StanfordCoreNLP> pipeline = new CompletableFuture<>();
    private final NlpConfig config;

    CoreNlpPipeline(NlpConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStartup()) {
            Thread loader = new Thread(this::load, "corenlp-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Whether the models are loaded and the pipeline can annotate. */
    public boolean isLoaded() {
        return pipeline.isDone() && !pipeline.isCompletedExceptionally();
    }

    /** Waits until the models are loaded (loading them now if not loaded at start-up); throws if they cannot be. */
    public void awaitLoaded() {
        loaded();
    }

    /** Annotates {@code text}, waiting for the models to finish loading if they are still loading. */
    public CoreDocument annotate(String text) {
        return annotate(text, null);
    }

    /**
     * Annotates {@code text} published on {@code referenceDate} (null when not known), against which SUTime resolves
     * "October 5" or "this year".
     */
    public CoreDocument annotate(String text, LocalDate referenceDate) {
        CoreDocument document = DatedDocument.of(text, referenceDate);
        loaded().annotate(document);
        return document;
    }

    private StanfordCoreNLP loaded() {
        if (!pipeline.isDone() && !config.loadAtStartup()) {
            load();
        }
        try {
            return pipeline.get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineUnavailableException("Interrupted while the NLP models were loading", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PipelineUnavailableException("The NLP models are not loaded", e);
        }
    }

    private void warmUp(StanfordCoreNLP loaded) {
        long started = System.nanoTime();
        PipelineWarmUp warmUp = new PipelineWarmUp(
                text -> loaded.annotate(DatedDocument.of(text, WARM_UP_ARTICLE_DATE)), PipelineWarmUp.builtInArticle());
        try {
            int rounds = warmUp.run(config.annotationThreads(), config.warmUp());
            if (rounds > 0) {
                LOG.infof("CoreNLP pipeline warmed up: %d annotations of the built-in article in %d ms", rounds,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        } catch (RuntimeException e) {
            // Only speed is lost: the loaded pipeline still takes articles, compiling as it goes.
            LOG.warn("The CoreNLP warm-up failed; articles are annotated without it", e);
        }
    }

    private synchronized void load() {
        if (pipeline.isDone()) {
            return;
        }
        long started = System.nanoTime();
        try {
            StanfordCoreNLP loaded = new StanfordCoreNLP(PipelineSettings.defaults());
            // A first annotation pulls the lazily loaded parts in before the first article waits for them.
            loaded.annotate(new CoreDocument("Warm-up sentence from Quotewire in Stockholm."));
            LOG.infof("CoreNLP pipeline (%s) loaded in %d ms", PipelineSettings.ANNOTATORS,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            warmUp(loaded);
            pipeline.complete(loaded);
        } catch (RuntimeException | Error e) {
            LOG.error("Could not load the CoreNLP pipeline", e);
            pipeline.completeExceptionally(e);
        }
    }
}
