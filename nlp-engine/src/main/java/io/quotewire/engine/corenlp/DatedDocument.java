package io.quotewire.engine.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.time.LocalDate;

/**
 * A CoreNLP document that knows the day it was published, so SUTime resolves "October 5", "this year" and "last
 * week" against that day ("October 5" in an article of 7 October 2019 is 2019-10-05) instead of leaving the year open
 * ({@code XXXX-10-05}).
 */
public final class DatedDocument {

    private DatedDocument() {}

    /** A document of {@code text} to annotate; {@code referenceDate} null leaves relative dates unresolved. */
    public static CoreDocument of(String text, LocalDate referenceDate) {
        CoreDocument document = new CoreDocument(text);
        if (referenceDate != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        return document;
    }
}
