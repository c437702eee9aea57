package io.quotewire.engine.attribution;

import java.time.LocalDate;

/** The engine on annotations made now by the real CoreNLP pipeline, for the tests of {@code verify}. */
final class LiveAnalysis {

    private static final AttributionEngine ENGINE = new AttributionEngine();

    private LiveAnalysis() {}

    /** {@code text} annotated by CoreNLP with the production settings, then analysed. */
    static Analysed analyse(String text) {
        return new Analysed(text, ENGINE.analyze(FixtureAnnotations.annotateLive(text)));
    }

    /** {@code text} published on {@code day} (SUTime's reference date; null: not known), annotated now and analysed. */
    static Analysed analyse(String text, LocalDate day) {
        return new Analysed(text, ENGINE.analyze(FixtureAnnotations.annotateLive(text, day)));
    }
}
