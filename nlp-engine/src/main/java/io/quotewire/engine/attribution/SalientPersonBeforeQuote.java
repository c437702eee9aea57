package io.quotewire.engine.attribution;

import java.util.List;

/**
 * The weakest evidence: a statement in quote marks with no cue at all, after sentences about one person ("But knowing
 * her time is finite, she was forced to decide …¶“I feel like, in a way, it's a gift …”") — news rarely quotes
 * nobody, so the person the text is about is the likeliest speaker. Only for a quote that is a sentence of its own, of
 * several words, and not a title.
 */
final class SalientPersonBeforeQuote implements SpeakerEvidence {

    private final SpeakerResolver resolver;
    private final QuoteClassifier classifier;

    SalientPersonBeforeQuote(SpeakerResolver resolver, QuoteClassifier classifier) {
        this.resolver = resolver;
        this.classifier = classifier;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        if (!classifier.looksLikeStandaloneStatement(quote)) {
            return List.of();
        }
        SpeakerMatch salient = resolver.salientPersonAt(quote.open());
        return salient == null ? List.of() : List.of(SpeakerCandidate.carried(salient, Evidence.SALIENT_PERSON));
    }
}
