package io.quotewire.engine.attribution;

import java.util.List;

/**
 * A quote introduced by a colon without a cue verb: "Martell, the addictions doctor, is more blunt: “…”",
 * "… when Musk again took to Twitter with this: “…”", "The team posted a photo with two words: “…”",
 * "From Commissioner Ortiz: “…”". The speaker is the subject of the last verb before the colon, or the name after a
 * leading "From" — when that names a person, an organisation, a pronoun or a noun for people ("The message is
 * simple: “…”" has none).
 */
final class ColonIntroduction implements SpeakerEvidence {

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final SubjectFinder subjects;

    ColonIntroduction(ArticleTokens tokens, EntityIndex index, SubjectFinder subjects) {
        this.tokens = tokens;
        this.index = index;
        this.subjects = subjects;
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
        if (tokens.get(start).isWord("from")) {
            ResolvedMention m = index.mentionAt(start + 1 < colon ? firstMention(start + 1, colon) : -1);
            return m == null ? List.of() : List.of(candidate(new Phrase(m.tokenStart(), m.tokenEnd())));
        }
        for (int v = colon - 1; v >= start; v--) {
            if (tokens.get(v).isFiniteVerb()) {
                Cue cue = subjects.subjectOf(v, Evidence.COLON_INTRO);
                return cue != null && speaks(cue.speaker()) ? List.of(candidate(cue.speaker())) : List.of();
            }
        }
        return List.of();
    }

    private int firstMention(int from, int to) {
        for (int i = from; i < to; i++) {
            if (index.mentionAt(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A person, an organisation, a personal pronoun or a noun for people heads the phrase. */
    private boolean speaks(Phrase phrase) {
        Token head = tokens.get(phrase.head());
        if (head.pos().equals("PRP")) {
            return CueLexicon.isPersonalPronoun(head) || head.isWord("they") || head.isWord("it") || head.isWord("we");
        }
        ResolvedMention m = index.mentionAt(phrase.head());
        if (m != null) {
            return index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION");
        }
        return CueLexicon.isPersonNoun(head) || NominalResolver.isResolvableNoun(head);
    }

    private static SpeakerCandidate candidate(Phrase phrase) {
        return new SpeakerCandidate(phrase, null, Evidence.COLON_INTRO, -1);
    }
}
