package io.quotewire.nlp.service;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.TextChunker.TextChunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One article's chunks on the {@link AnnotationPool}: a few at a time, each next one queued when one finishes, and
 * joined into the article's annotation when the last is done. Once cancelled it starts no more chunks; a chunk
 * already running is interrupted, and CoreNLP either stops at its next interrupt check or finishes that chunk.
 */
public final class ChunkRun {

    private final String text;
    private final List<TextChunk> chunks;
    private final Function<String, AnnotatedText> annotator;
    private final Consumer<ChunkTask> executor;
    private final AnnotatedText[] annotated;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final CompletableFuture<AnnotatedText> result = new CompletableFuture<>();
    private final Set<Thread> running = new HashSet<>();
    private volatile boolean cancelled;

    ChunkRun(String text, List<TextChunk> chunks, Function<String, AnnotatedText> annotator,
            Consumer<ChunkTask> executor) {
        this.text = text;
        this.chunks = List.copyOf(chunks);
        this.annotator = annotator;
        this.executor = executor;
        this.annotated = new AnnotatedText[chunks.size()];
    }

    /** Queues the first {@code window} chunks. */
    void begin(int window) {
        if (chunks.isEmpty()) {
            result.complete(new AnnotatedText(text, List.of(), List.of()));
            return;
        }
        for (int i = 0; i < Math.min(window, chunks.size()); i++) {
            queueNext();
        }
    }

    /** Completes with the whole text's annotation, or with the first chunk's failure. */
    public CompletableFuture<AnnotatedText> result() {
        return result;
    }

    /** Number of chunks. */
    public int chunkCount() {
        return chunks.size();
    }

    /** Stops the run: no further chunk starts, and the running ones are interrupted. */
    public void cancel() {
        cancelled = true;
        synchronized (running) {
            running.forEach(Thread::interrupt);
        }
        result.completeExceptionally(new CancellationException("The article was abandoned"));
    }

    private void queueNext() {
        int index = next.getAndIncrement();
        if (index < chunks.size() && !cancelled && !result.isDone()) {
            executor.accept(new ChunkTask(index));
        }
    }

    private void annotate(int index) {
        Thread self = Thread.currentThread();
        synchronized (running) {
            if (cancelled) {
                return;
            }
            running.add(self);
        }
        try {
            annotated[index] = annotator.apply(chunks.get(index).of(text));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(cancelled ? new CancellationException("The article was abandoned") : e);
            return;
        } finally {
            synchronized (running) {
                running.remove(self);
                // An interrupt meant for this chunk must not hit the next task this pool thread runs.
                Thread.interrupted();
            }
        }
        if (done.incrementAndGet() == chunks.size()) {
            result.complete(join());
        } else {
            queueNext();
        }
    }

    private AnnotatedText join() {
        List<AnnotatedText.Piece> pieces = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            pieces.add(new AnnotatedText.Piece(chunks.get(i).start(), annotated[i]));
        }
        return AnnotatedText.join(text, pieces);
    }

    /** One chunk to annotate; the pool runs lower chunk numbers first, then in the order they were queued. */
    final class ChunkTask implements Runnable, Comparable<ChunkTask> {

        private final int index;
        private long sequence;

        ChunkTask(int index) {
            this.index = index;
        }

        void sequence(long value) {
            this.sequence = value;
        }

        @Override
        public void run() {
            if (!cancelled && !result.isDone()) {
                annotate(index);
            }
        }

        @Override
        public int compareTo(ChunkTask other) {
            int byIndex = Integer.compare(index, other.index);
            return byIndex != 0 ? byIndex : Long.compare(sequence, other.sequence);
        }
    }
}
