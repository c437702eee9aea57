package io.quotewire.nlp.service;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.TextChunker.TextChunk;
import io.quotewire.nlp.config.NlpConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The fixed set of threads (one per core) that annotate chunks for every article at once. It never grows: an
 * abandoned article's chunks are not started, so abandoned work cannot pile up threads.
 *
 * <p>The next chunk to run is the one with the lowest number within its article, so a short article that arrives
 * while a long one is being annotated waits for at most one chunk per thread, not for the long article. Each
 * article keeps at most one chunk per thread queued or running, so a long article alone still fills every core.
 */
@ApplicationScoped
public class AnnotationPool {

    private final int threads;
    private final AtomicInteger threadsStarted = new AtomicInteger();
    private final AtomicLong submitted = new AtomicLong();
    private final ThreadPoolExecutor executor;
    private final Set<ChunkRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    AnnotationPool(NlpConfig config) {
        this.threads = config.annotationThreads();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "nlp-annotate-" + threadsStarted.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Starts annotating {@code chunks} of {@code text} with {@code annotator}; the run completes with their join. */
    public ChunkRun start(String text, List<TextChunk> chunks, Function<String, AnnotatedText> annotator) {
        ChunkRun run = new ChunkRun(text, chunks, annotator, this::execute);
        active.add(run);
        run.result().whenComplete((annotated, failure) -> active.remove(run));
        if (stopping) {
            run.cancel();
        } else {
            run.begin(threads);
        }
        return run;
    }

    /** Whether the service is stopping: runs still in progress were cancelled and no new one starts. */
    public boolean isStopping() {
        return stopping;
    }

    /** Threads this pool has ever started: its size, however many articles were abandoned. */
    public int threadsStarted() {
        return threadsStarted.get();
    }

    /** Threads annotating a chunk right now. */
    public int busyThreads() {
        return executor.getActiveCount();
    }

    private void execute(ChunkRun.ChunkTask task) {
        task.sequence(submitted.incrementAndGet());
        executor.execute(task);
    }

    /** First thing on shutdown: the articles in progress stop waiting for chunks that would never run. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        active.forEach(ChunkRun::cancel);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        active.forEach(ChunkRun::cancel);
        executor.shutdownNow();
    }
}
