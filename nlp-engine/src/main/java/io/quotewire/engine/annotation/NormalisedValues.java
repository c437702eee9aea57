package io.quotewire.engine.annotation;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;

/** Reads the normalised value CoreNLP gave a mention: SUTime's TIMEX value for times, the NER's normalised tag else. */
final class NormalisedValues {

    private NormalisedValues() {}

    /** "2019-10-05" for "October 5" in an article of October 2019, "$28500.0" for "$28,500"; null for names. */
    static String of(CoreEntityMention mention) {
        Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.value() != null && !timex.value().isBlank()) {
            return timex.value();
        }
        String normalised = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if ((normalised == null || normalised.isBlank()) && !mention.tokens().isEmpty()) {
            normalised = mention.tokens().get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        return normalised == null || normalised.isBlank() ? null : normalised;
    }
}
