package io.quotewire.engine.attribution;

import java.util.List;

/**
 * A statement with no cue of its own in the same or the next paragraph as the last speaker's quote continues that
 * speaker — "“Is that fair?” said Okafor. “Nobody here thinks so.”" — but never across a change of subject: when a
 * sentence in between is about someone else ("Okafor spoke first. Lee disagreed.¶“Nobody …”"), the follow-on is not
 * Okafor's.
 */
final class FollowOnQuote implements SpeakerEvidence {

    private final ArticleTokens tokens;
    private final QuoteClassifier classifier;
    private final EntityIndex index;
    private final ClauseRoles roles;
    private final boolean[] insideQuote;

    FollowOnQuote(ArticleTokens tokens, QuoteClassifier classifier, EntityIndex index, boolean[] insideQuote) {
        this.tokens = tokens;
        this.classifier = classifier;
        this.index = index;
        this.roles = new ClauseRoles(tokens);
        this.insideQuote = insideQuote;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        boolean follows = state.lastSpeaker() != null
                && tokens.get(quote.open()).paragraph() - state.lastParagraph() <= 1
                && classifier.looksLikeStatement(quote)
                && !anotherSubjectBetween(state.lastQuoteClose() + 1, quote.open(), state.lastSpeaker());
        return follows ? List.of(SpeakerCandidate.carried(state.lastSpeaker(), Evidence.CONTINUATION)) : List.of();
    }

    /** Whether a person or organisation other than {@code speaker} is a subject outside quotes in {@code [from, to)}. */
    private boolean anotherSubjectBetween(int from, int to, SpeakerMatch speaker) {
        for (int i = Math.max(0, from); i < to; i++) {
            ResolvedMention m = index.mentionAt(i);
            if (m == null || m.tokenStart() != i || insideQuote[i] || m.entity() == speaker.entity()) {
                continue;
            }
            String type = index.entity(m.entity()).type();
            boolean speakerType = type.equals("PERSON") || type.equals("ORGANIZATION");
            if (speakerType && roles.isSubject(m.tokenStart(), m.tokenEnd())) {
                return true;
            }
        }
        return false;
    }
}
