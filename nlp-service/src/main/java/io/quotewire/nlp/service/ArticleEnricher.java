package io.quotewire.nlp.service;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.nlp.config.NlpConfig;
import io.quotewire.nlp.corenlp.CoreNlpPipeline;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.model.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Runs CoreNLP and then the attribution engine over one text. */
@ApplicationScoped
public class ArticleEnricher {

    private final CoreNlpPipeline pipeline;
    private final AttributionEngine engine;
    private final NlpConfig config;

    ArticleEnricher(CoreNlpPipeline pipeline, AttributionEngine engine, NlpConfig config) {
        this.pipeline = pipeline;
        this.engine = engine;
        this.config = config;
    }

    /**
     * Enriches {@code text} published on {@code referenceDate} (null when not known).
     *
     * @throws UnprocessableTextException when the text is empty or longer than the configured limit
     */
    public Enrichment enrich(String text, LocalDate referenceDate) {
        if (text == null || text.isBlank()) {
            throw new UnprocessableTextException("The article has no text to analyse.");
        }
        if (text.length() > config.maxTextChars()) {
            throw new UnprocessableTextException("The article has %,d characters; at most %,d are analysed."
                    .formatted(text.length(), config.maxTextChars()));
        }
        long started = System.nanoTime();
        CoreDocument document = pipeline.annotate(text, referenceDate);
        TextAnalysis analysis = engine.analyze(document);
        return new Enrichment(analysis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
