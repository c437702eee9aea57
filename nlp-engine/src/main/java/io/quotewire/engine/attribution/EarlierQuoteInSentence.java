package io.quotewire.engine.attribution;

import java.util.List;

/** A second quote in the sentence of an attributed one: “…,” said X, citing “…”. */
final class EarlierQuoteInSentence implements SpeakerEvidence {

    private final ArticleTokens tokens;

    EarlierQuoteInSentence(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        boolean sameSentence = state.lastSpeaker() != null && state.lastSentence() == tokens.get(quote.open()).sentence();
        return sameSentence ? List.of(SpeakerCandidate.carried(state.lastSpeaker(), Evidence.SAME_SENTENCE)) : List.of();
    }
}
