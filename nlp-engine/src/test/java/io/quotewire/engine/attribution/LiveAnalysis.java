package io.quotewire.engine.attribution;

/** The engine on annotations made now by the real CoreNLP pipeline, for the tests of {@code verify}. */
final class LiveAnalysis {

    private static final AttributionEngine ENGINE = new AttributionEngine();

    private LiveAnalysis() {}

    /** {@code text} annotated by CoreNLP with the production settings, then analysed. */
    static Analysed analyse(String text) {
        return new Analysed(text, ENGINE.analyze(FixtureAnnotations.annotateLive(text)));
    }
}
