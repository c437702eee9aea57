package io.quotewire.engine.attribution;

import java.util.Set;

/**
 * Finds who performs a cue verb without a parser: the phrase before it ("Kim also said"), after it when inverted
 * ("…, said the spokesperson, …"), or across an appositive ("Kim Myong Gil, DPRK’s Ambassador …, announced").
 */
final class SubjectFinder {

    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "then", "not", "n't", "again",
            "once", "later", "further", "will", "would", "may", "might", "could", "can", "should", "must", "did",
            "does", "do", "repeatedly", "recently", "previously", "publicly", "reportedly", "just", "still");
    private static final int MAX_APPOSITIVE = 40;
    /** Verbs that put their subject after them: "…, said the spokesperson, …", "added Smith". */
    private static final Set<String> INVERTING_VERBS = Set.of(
            "say", "add", "write", "ask", "continue", "conclude", "explain", "note", "reply", "respond", "recall",
            "insist", "state", "declare", "announce", "warn", "argue", "tell", "claim", "report", "observe");

    private final ArticleTokens tokens;
    private final PhraseReader phrases;
    private final EntityIndex index;

    SubjectFinder(ArticleTokens tokens, PhraseReader phrases, EntityIndex index) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.index = index;
    }

    /** The subject of the cue verb at {@code verb}, or null when none is found in its sentence. */
    Cue subjectOf(int verb, Evidence direct) {
        int sentence = tokens.get(verb).sentence();
        int left = verb - 1;
        while (left >= 0 && tokens.get(left).sentence() == sentence
                && (AUXILIARIES.contains(tokens.get(left).word().toLowerCase()) || tokens.get(left).pos().startsWith("RB"))) {
            left--;
        }
        if (left >= 0 && tokens.get(left).pos().equals("-RRB-")) {
            left = beforeParenthesis(left, sentence); // Sen. David Perdue (R-Ga.) said
        }
        if (left < 0 || tokens.get(left).sentence() != sentence) {
            return null;
        }
        if (tokens.get(left).pos().equals("CC") && !tokens.get(verb).pos().equals("VBG")) {
            return firstSubjectBefore(left, sentence, direct, verb); // Cruz exhorted … and said he …
        }
        if (tokens.get(left).isWord("who") && left > 0 && tokens.get(left - 1).isComma()) {
            Phrase antecedent = phrases.leftOf(left - 1); // "Clinton, who said …"
            return antecedent.isEmpty() ? null : new Cue(antecedent, verb, direct);
        }
        if (!tokens.get(left).isComma()) {
            Phrase subject = phrases.leftOf(left + 1);
            return subject.isEmpty() ? null : new Cue(subject, verb, direct);
        }
        if (tokens.get(verb).pos().equals("VBG")) {
            return mainClauseSubject(verb, sentence, direct); // "…, X said, arguing that …"
        }
        Phrase inverted = phrases.rightOf(verb + 1);
        if (INVERTING_VERBS.contains(tokens.get(verb).lemma().toLowerCase()) && !inverted.isEmpty()
                && inverted.end() < tokens.size() && isBreak(tokens.get(inverted.end()))) {
            return new Cue(inverted, verb, Evidence.CUE_INVERTED);
        }
        return acrossAppositive(left, verb, sentence);
    }

    private int beforeParenthesis(int close, int sentence) {
        for (int i = close - 1; i >= 0 && close - i <= 12 && tokens.get(i).sentence() == sentence; i--) {
            if (tokens.get(i).pos().equals("-LRB-")) {
                return i - 1;
            }
        }
        return close;
    }

    /** For a coordinated cue: the subject of the sentence's first finite verb before {@code limit}. */
    private Cue firstSubjectBefore(int limit, int sentence, Evidence direct, int verb) {
        int i = limit;
        while (i > 0 && tokens.get(i - 1).sentence() == sentence) {
            i--;
        }
        for (; i < limit; i++) {
            if (tokens.get(i).isFiniteVerb()) {
                Phrase subject = phrases.leftOf(i);
                return subject.isEmpty() ? null : new Cue(subject, verb, direct);
            }
        }
        return null;
    }

    /** For a participle cue: the subject of the nearest finite cue verb before it in the sentence. */
    private Cue mainClauseSubject(int participle, int sentence, Evidence direct) {
        for (int i = participle - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            Token t = tokens.get(i);
            if (t.isFiniteVerb() && CueLexicon.isQuoteVerb(t)) {
                Cue main = subjectOf(i, direct);
                return main == null ? null : new Cue(main.speaker(), participle, main.evidence());
            }
        }
        return null;
    }

    /** "Y, X, verb": the name among X and Y is the subject; the other is its role. */
    private Cue acrossAppositive(int comma, int verb, int sentence) {
        int previous = comma - 1;
        while (previous >= 0 && comma - previous < MAX_APPOSITIVE && tokens.get(previous).sentence() == sentence
                && !tokens.get(previous).isComma()) {
            previous--;
        }
        if (previous < 0 || !tokens.get(previous).isComma() || tokens.get(previous).sentence() != sentence) {
            return null;
        }
        Phrase outer = phrases.leftOf(previous);
        Phrase inner = new Phrase(previous + 1, comma);
        ResolvedMention innerName = index.mentionAt(inner.start());
        boolean innerIsName = innerName != null && innerName.tokenStart() == inner.start()
                && innerName.tokenEnd() == inner.end();
        if (innerIsName && (outer.isEmpty() || index.mentionAt(outer.head()) == null)) {
            return new Cue(inner, verb, Evidence.CUE_APPOSITIVE);
        }
        return outer.isEmpty() ? null : new Cue(outer, verb, Evidence.CUE_APPOSITIVE);
    }

    private static boolean isBreak(Token token) {
        return token.isComma() || token.word().equals(":") || token.isPunctuation() || token.isWord("but")
                || token.isWord("and");
    }
}
