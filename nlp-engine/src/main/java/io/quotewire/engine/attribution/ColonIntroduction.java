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

    /** Nouns for someone's words: "her message", "his answer", "Ortiz's advice". */
    private static final java.util.Set<String> WORD_NOUNS = java.util.Set.of(
            "message", "words", "answer", "advice", "reply", "response", "warning", "verdict", "view", "argument",
            "explanation", "point", "plea", "request", "demand", "conclusion", "assessment", "reaction", "retort");

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
                if (cue == null) {
                    return List.of();
                }
                Phrase owner = ownerOfWords(cue.speaker());
                Phrase speaker = owner != null ? owner : cue.speaker();
                return speaks(speaker) ? List.of(candidate(speaker)) : List.of();
            }
        }
        return List.of();
    }

    /** "Her message now is simple: “…”", "Ortiz's answer was short: “…”": whose words they are, or null. */
    private Phrase ownerOfWords(Phrase subject) {
        Token head = tokens.get(subject.head());
        if (!WORD_NOUNS.contains(head.word().toLowerCase())) {
            return null;
        }
        Token first = tokens.get(subject.start());
        if (first.pos().equals("PRP$")) {
            return new Phrase(subject.start(), subject.start() + 1);
        }
        for (int i = subject.start(); i < subject.head(); i++) {
            if (tokens.get(i).pos().equals("POS")) {
                ResolvedMention m = index.mentionAt(i - 1);
                return m == null ? null : new Phrase(m.tokenStart(), m.tokenEnd());
            }
        }
        return null;
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
        if (head.pos().equals("PRP") || head.pos().equals("PRP$")) {
            return CueLexicon.isPersonalPronoun(head) || head.isWord("they") || head.isWord("it") || head.isWord("we")
                    || head.isWord("his") || head.isWord("their") || head.isWord("its");
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
