package io.quotewire.engine.attribution;

import java.util.List;

/** A statement with no cue of its own in the same or the next paragraph as the last speaker's quote. */
final class FollowOnQuote implements SpeakerEvidence {

    private final ArticleTokens tokens;
    private final QuoteClassifier classifier;

    FollowOnQuote(ArticleTokens tokens, QuoteClassifier classifier) {
        this.tokens = tokens;
        this.classifier = classifier;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        boolean follows = state.lastSpeaker() != null
                && tokens.get(quote.open()).paragraph() - state.lastParagraph() <= 1
                && classifier.looksLikeStatement(quote);
        return follows ? List.of(SpeakerCandidate.carried(state.lastSpeaker(), Evidence.CONTINUATION)) : List.of();
    }
}
