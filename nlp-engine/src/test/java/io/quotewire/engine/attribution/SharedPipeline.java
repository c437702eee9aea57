package io.quotewire.engine.attribution;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.model.TextAnalysis;

/** The engine's tests run it on CoreNLP's stored annotation of each text ({@link FixtureAnnotations}). */
final class SharedPipeline {

    private static final AttributionEngine ENGINE = new AttributionEngine();

    private SharedPipeline() {}

    /** {@code text} as the production CoreNLP settings annotate it. */
    static AnnotatedText annotate(String text) {
        return FixtureAnnotations.of(text);
    }

    /** {@code text} through CoreNLP and the engine. */
    static Analysed analyse(String text) {
        TextAnalysis analysis = ENGINE.analyze(annotate(text));
        return new Analysed(text, analysis);
    }
}
