package io.quotewire.engine.attribution;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.corenlp.DatedDocument;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.TextAnalysis;
import java.time.LocalDate;

/** One real CoreNLP pipeline per test JVM (loading costs seconds), shared by the attribution tests. */
final class SharedPipeline {

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(PipelineSettings.defaults());
    }

    private static final AttributionEngine ENGINE = new AttributionEngine();

    private SharedPipeline() {}

    /** {@code text} annotated by the production settings. */
    static CoreDocument annotate(String text) {
        CoreDocument document = new CoreDocument(text);
        Holder.PIPELINE.annotate(document);
        return document;
    }

    /** {@code text} published on {@code referenceDate} (null: not known) through CoreNLP and the engine. */
    static Analysed analyse(String text, LocalDate referenceDate) {
        CoreDocument document = DatedDocument.of(text, referenceDate);
        Holder.PIPELINE.annotate(document);
        return new Analysed(text, ENGINE.analyze(document));
    }

    /** {@code text} through CoreNLP and the engine. */
    static Analysed analyse(String text) {
        TextAnalysis analysis = ENGINE.analyze(annotate(text));
        return new Analysed(text, analysis);
    }
}
