package io.quotewire.engine.attribution;

import java.util.List;

/**
 * A cue verb further back in the quote's sentence whose subject the subject finder cannot read: the nearest person,
 * organisation or personal pronoun before the verb ("he destroyed … after declaring that “…”").
 */
final class DistantCueSubject implements SpeakerEvidence {

    private final ArticleTokens tokens;
    private final CueFinder cues;
    private final EntityIndex index;

    DistantCueSubject(ArticleTokens tokens, CueFinder cues, EntityIndex index) {
        this.tokens = tokens;
        this.cues = cues;
        this.index = index;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        int verb = cues.cueVerbBefore(quote.open());
        if (verb < 0) {
            return List.of();
        }
        int sentence = tokens.get(verb).sentence();
        for (int i = verb - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            Token t = tokens.get(i);
            ResolvedMention m = index.mentionAt(i);
            if (CueLexicon.isPersonalPronoun(t) && t.pos().equals("PRP")) {
                return List.of(new SpeakerCandidate(new Phrase(i, i + 1), null, Evidence.CLAUSE_SUBJECT, verb));
            }
            if (m != null && (index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION"))) {
                return List.of(new SpeakerCandidate(new Phrase(m.tokenStart(), m.tokenEnd()), null,
                        Evidence.CLAUSE_SUBJECT, verb));
            }
        }
        return List.of();
    }
}
