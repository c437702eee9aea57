package io.quotewire.nlp.service;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.TextChunker;
import io.quotewire.engine.annotation.TextChunker.TextChunk;
import io.quotewire.nlp.config.NlpConfig;
import io.quotewire.nlp.corenlp.CoreNlpPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Annotates a text in paragraph-aligned chunks of at most {@code quotewire.nlp.chunk-chars} characters on the
 * {@link AnnotationPool}, so both cores work on one long article and the pieces join into the whole text's
 * annotation (the engine then analyses the whole). Chunks of nothing but whitespace hold no tokens and are skipped.
 */
@ApplicationScoped
public class ChunkedAnnotator {

    private final CoreNlpPipeline pipeline;
    private final AnnotationPool pool;
    private final TextChunker chunker;

    ChunkedAnnotator(CoreNlpPipeline pipeline, AnnotationPool pool, NlpConfig config) {
        this.pipeline = pipeline;
        this.pool = pool;
        this.chunker = new TextChunker(config.chunkChars());
    }

    /**
     * Starts annotating {@code text} published on {@code referenceDate} (null when not known; every chunk reads its
     * dates against that day); the run completes with its annotation, offsets into {@code text}.
     */
    public ChunkRun start(String text, LocalDate referenceDate) {
        List<TextChunk> chunks = chunker.chunks(text).stream().filter(chunk -> !chunk.of(text).isBlank()).toList();
        return pool.start(text, chunks, chunk -> AnnotatedText.of(pipeline.annotate(chunk, referenceDate)));
    }
}
