package io.quotewire.engine.attribution;

import java.util.List;

/**
 * A quote introduced by a colon without a cue verb: "Martell, the addictions doctor, is more blunt: “…”",
 * "Musk took to Twitter with this: “…”", "From Commissioner Ortiz: “…”". The speaker is the person or organisation the
 * clause before the colon is about: its subject, or the name after a leading "From".
 */
final class ColonIntroduction implements SpeakerEvidence {

    private final ArticleTokens tokens;
    private final EntityIndex index;

    ColonIntroduction(ArticleTokens tokens, EntityIndex index) {
        this.tokens = tokens;
        this.index = index;
    }

    @Override
    public List<SpeakerCandidate> candidates(QuoteTokens quote, AttributionState state) {
        int colon = quote.open() - 1;
        if (colon <= 0 || !tokens.get(colon).word().equals(":")) {
            return List.of();
        }
        int sentence = tokens.get(colon).sentence();
        int start = colon;
        while (start > 0 && tokens.get(start - 1).sentence() == sentence) {
            start--;
        }
        boolean from = tokens.get(start).isWord("from");
        for (int i = from ? start + 1 : start; i < colon; i++) {
            Token t = tokens.get(i);
            if (!from && t.isFiniteVerb()) {
                return List.of(); // the clause's subject is no name: "The message is simple: “…”"
            }
            ResolvedMention m = index.mentionAt(i);
            if (m != null && isSpeakerType(m)) {
                return List.of(candidate(new Phrase(m.tokenStart(), m.tokenEnd())));
            }
            if (t.pos().equals("PRP") && (CueLexicon.isPersonalPronoun(t) || t.isWord("they") || t.isWord("it"))) {
                return List.of(candidate(new Phrase(i, i + 1)));
            }
        }
        return List.of();
    }

    private boolean isSpeakerType(ResolvedMention m) {
        return index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION");
    }

    private static SpeakerCandidate candidate(Phrase phrase) {
        return new SpeakerCandidate(phrase, null, Evidence.COLON_INTRO, -1);
    }
}
