package io.quotewire.engine.attribution;

import java.util.Set;

/** Where a mention stands in its clause, read from POS tags: its subject, a verb's object, or neither. */
final class ClauseRoles {

    /** Longest appositive skipped between a subject and its verb ("Kim, the envoy, said"), in tokens. */
    private static final int MAX_APPOSITIVE = 25;
    private static final Set<String> SKIPPABLE = Set.of(
            "also", "then", "later", "still", "once", "again", "never", "further", "not", "n't", "has", "had", "have",
            "was", "were", "is", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does");

    private final ArticleTokens tokens;

    ClauseRoles(ArticleTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Tokens {@code [start, end)} stand before their clause's verb ("Kim also said", "Kim, the envoy, said") or right
     * after a speech verb that follows a quote or a comma ("…,” said Kim").
     */
    boolean isSubject(int start, int end) {
        if (start > 1 && CueLexicon.isQuoteVerb(tokens.get(start - 1)) && !tokens.get(start - 1).lemma().equals("tell")) {
            Token beforeVerb = tokens.get(start - 2); // "…,” said Kim" — but in "Green told TMOF" TMOF is the listener
            if (beforeVerb.isComma() || beforeVerb.pos().equals("''")) {
                return true;
            }
        }
        if (start > 0 && (tokens.get(start - 1).pos().equals("IN") || tokens.get(start - 1).isVerb()
                || tokens.get(start - 1).pos().equals("TO"))) {
            return false;
        }
        int sentence = tokens.get(start).sentence();
        int i = end;
        if (i < tokens.size() && tokens.get(i).isComma()) {
            int j = i + 1;
            while (j < tokens.size() && j - i < MAX_APPOSITIVE && tokens.get(j).sentence() == sentence
                    && !tokens.get(j).isComma()) {
                j++;
            }
            i = j < tokens.size() && tokens.get(j).isComma() ? j + 1 : i;
        }
        boolean auxiliary = false; // "is", "has", "will": a verb with tense even when no other verb follows
        while (i < tokens.size() && tokens.get(i).sentence() == sentence
                && (tokens.get(i).pos().startsWith("RB") || isAuxiliary(tokens.get(i)))) {
            auxiliary |= tokens.get(i).isFiniteVerb();
            i++;
        }
        boolean verb = i < tokens.size() && tokens.get(i).sentence() == sentence
                && (tokens.get(i).isFiniteVerb() || tokens.get(i).pos().equals("VBN") && i > end);
        return verb || auxiliary;
    }

    /** "also", "has", "will" — but not a name spelled like one ("May"). */
    private static boolean isAuxiliary(Token token) {
        return SKIPPABLE.contains(token.word().toLowerCase()) && !token.isProperNoun();
    }

    /** The token before {@code start} is a verb, so the mention is its object ("told Kim"). */
    boolean isObject(int start) {
        return start > 0 && tokens.get(start - 1).isVerb();
    }
}
