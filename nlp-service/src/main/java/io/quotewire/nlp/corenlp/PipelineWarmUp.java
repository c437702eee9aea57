package io.quotewire.nlp.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Annotates a built-in article over and over on several threads for a set time, so that the JIT compiler has
 * compiled CoreNLP's hot code before the first real article arrives.
 *
 * <p>Why: a freshly started service spent a third of its CPU in the compiler threads while annotating its first
 * sixty articles (docs/benchmarks.md, "Where nlp-service's CPU goes"). Warming up while readiness is still DOWN
 * moves that work to start-up, when no article waits for it.
 */
public final class PipelineWarmUp {

    private static final String ARTICLE_RESOURCE = "/warm-up/article.txt";

    private final Consumer<String> annotate;
    private final String article;

    /** A warm-up that passes {@code article} to {@code annotate} each round. */
    public PipelineWarmUp(Consumer<String> annotate, String article) {
        this.annotate = annotate;
        this.article = article;
    }

    /** The built-in article: an invented local-news story with quotes, names, organisations, places and dates. */
    public static String builtInArticle() {
        try (InputStream in = PipelineWarmUp.class.getResourceAsStream(ARTICLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ARTICLE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Annotates on {@code threads} threads until {@code duration} has passed, each thread finishing the round it is
     * in, and returns how many rounds were annotated in all; nothing when the duration is zero.
     */
    public int run(int threads, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return 0;
        }
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "corenlp-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                rounds.add(pool.submit(() -> roundsUntil(deadline)));
            }
            int total = 0;
            for (Future<Integer> future : rounds) {
                total += future.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The CoreNLP warm-up failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int roundsUntil(long deadline) {
        int rounds = 0;
        do {
            annotate.accept(article);
            rounds++;
        } while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted());
        return rounds;
    }
}
