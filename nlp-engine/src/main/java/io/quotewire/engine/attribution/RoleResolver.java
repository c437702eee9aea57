package io.quotewire.engine.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ties a speaker named by a role ("the mayor", "the lawyer", "the director", "her business partner") to the person
 * the article introduced with that role — "Mayor Rosa Ortiz", "Megan Bortis, the lawyer for the society" — or names
 * right after it ("says her business partner, Sam Ortiz"). Every content word of the role phrase must be among that
 * person's role words, so "the North Korean spokesperson" is not the State Department's. The most recently mentioned
 * such person wins.
 */
final class RoleResolver {

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final Map<Integer, Description> descriptions;
    private final PhraseReader phrases;

    RoleResolver(ArticleTokens tokens, EntityIndex index, Map<Integer, Description> descriptions, PhraseReader phrases) {
        this.tokens = tokens;
        this.phrases = phrases;

        this.index = index;
        this.descriptions = descriptions;
    }

    /** The person the role phrase {@code phrase} stands for, or -1. */
    int personFor(Phrase phrase) {
        Token head = tokens.get(phrase.head());
        boolean singular = head.pos().equals("NN") || head.pos().equals("NNP");
        if (!singular || !(CueLexicon.isRoleNoun(head) || CueLexicon.isPersonNoun(head))) {
            return -1;
        }
        int named = nameRightAfter(phrase);
        if (named >= 0) {
            return named;
        }
        Set<String> wanted = roleWords(phrase.start(), phrase.end());
        int best = -1;
        for (ResolvedMention m : index.mentions()) {
            if (m.tokenStart() >= phrase.start()) {
                break;
            }
            if (index.isPerson(m) && rolesOf(m).containsAll(wanted)) {
                best = m.entity();
            }
        }
        return best;
    }

    /**
     * The words a person's roles are made of: the description the article gives them and the title in front of this
     * mention ("State Department spokesperson Morgan Ortagus").
     */
    private Set<String> rolesOf(ResolvedMention m) {
        Set<String> words = new HashSet<>();
        Description description = descriptions.get(m.entity());
        if (description != null) {
            words.addAll(roleWords(description.tokenStart(), description.tokenEnd()));
        }
        Phrase title = phrases.leftOf(m.tokenStart());
        words.addAll(roleWords(title.start(), title.end()));
        return words;
    }

    /** The content words of tokens {@code [start, end)}, lower-case: "the North Korean spokesperson" → north, korean, … */
    private Set<String> roleWords(int start, int end) {
        Set<String> words = new HashSet<>();
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isNoun() || t.pos().startsWith("JJ")) {
                words.add(t.word().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** "her business partner, Sam Ortiz": a person's name set off by a comma right after the role. */
    private int nameRightAfter(Phrase phrase) {
        int comma = phrase.end();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).isComma()) {
            return -1;
        }
        ResolvedMention m = index.mentionAt(comma + 1);
        return m != null && index.isPerson(m) && m.tokenStart() == comma + 1 ? m.entity() : -1;
    }
}
