package io.quotewire.engine.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the role the article gives each person or organisation, from the first place it is stated: an appositive
 * after the name ("David Maxwell, retired special forces colonel and …"), a relative clause ("Evans Revere, who once
 * headed …"), an appositive before it ("the party newspaper, Rodong Sinmun") or a title in front ("State Department
 * spokesperson Morgan Ortagus").
 */
final class DescriptionExtractor {

    private static final int MAX_TOKENS = 30;
    private static final Set<String> ROLE_START_TAGS = Set.of(
            "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "RB");
    private static final Set<String> LEADING_WORDS_TO_DROP = Set.of("the", "a", "an", "who");

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final PhraseReader phrases;

    DescriptionExtractor(ArticleTokens tokens, EntityIndex index, PhraseReader phrases) {
        this.tokens = tokens;
        this.index = index;
        this.phrases = phrases;
    }

    /** The first description of each person or organisation entity, by entity index. */
    Map<Integer, Description> describeAll() {
        Map<Integer, Description> result = new HashMap<>();
        for (ResolvedMention m : index.mentions()) {
            String type = index.entity(m.entity()).type();
            if (result.containsKey(m.entity()) || !(type.equals("PERSON") || type.equals("ORGANIZATION"))) {
                continue;
            }
            Description found = after(m);
            if (found == null) {
                found = before(m);
            }
            if (found == null) {
                found = title(m);
            }
            if (found != null) {
                result.put(m.entity(), found);
            }
        }
        return result;
    }

    /** "NAME, DESCRIPTION," up to the next comma, full stop, semicolon or quote mark. */
    private Description after(ResolvedMention m) {
        int comma = m.tokenEnd();
        if (comma >= tokens.size() || !tokens.get(comma).isComma()) {
            return null;
        }
        int start = comma + 1;
        int end = start;
        int sentence = tokens.get(comma).sentence();
        while (end < tokens.size() && tokens.get(end).sentence() == sentence && end - start < MAX_TOKENS) {
            Token t = tokens.get(end);
            boolean bracket = t.pos().equals("-LRB-") || t.pos().equals("-RRB-");
            if (t.isPunctuation() && !bracket && !t.word().equals("-")) {
                break;
            }
            end++;
        }
        return isRole(start, end) ? describe(start, end) : null;
    }

    /** "the new North Korean negotiator, NAME,": a role noun phrase set off before the name. */
    private Description before(ResolvedMention m) {
        int comma = m.tokenStart() - 1;
        if (comma <= 0 || !tokens.get(comma).isComma()) {
            return null;
        }
        Phrase phrase = phrases.leftOf(comma);
        if (phrase.isEmpty() || index.mentionAt(phrase.head()) != null) {
            return null;
        }
        Token head = tokens.get(phrase.head());
        return CueLexicon.isRoleNoun(head) || CueLexicon.isOrganizationNoun(head)
                ? describe(phrase.start(), phrase.end()) : null;
    }

    /** "State Department spokesperson NAME": a title in front of the name that contains a role noun. */
    private Description title(ResolvedMention m) {
        Phrase phrase = phrases.leftOf(m.tokenStart());
        if (phrase.isEmpty() || index.mentionAt(phrase.head()) != null && !isOrganisationBefore(phrase)) {
            return null;
        }
        for (int i = phrase.start(); i < phrase.end(); i++) {
            if (CueLexicon.isRoleNoun(tokens.get(i))) {
                return describe(phrase.start(), phrase.end());
            }
        }
        // "CNN meteorologist Jennifer Gray", "quarterback Tom Brady", "the airline's boss Ann Lee": a lower-case
        // singular noun right before the name is the person's title, whatever the noun
        Token head = tokens.get(phrase.head());
        boolean title = head.pos().equals("NN") && Character.isLowerCase(head.word().charAt(0))
                && phrase.head() == m.tokenStart() - 1;
        return title ? describe(phrase.start(), phrase.end()) : null;
    }

    /** "CNN meteorologist": the title begins with the organisation the person works for. */
    private boolean isOrganisationBefore(Phrase phrase) {
        ResolvedMention first = index.mentionAt(phrase.start());
        return first != null && index.entity(first.entity()).type().equals("ORGANIZATION")
                && first.tokenEnd() < phrase.end();
    }

    /** A role: starts like a noun phrase or "who", names something, and has no verb of its own outside a clause. */
    private boolean isRole(int start, int end) {
        if (end <= start) {
            return false;
        }
        Token first = tokens.get(start);
        boolean relative = first.isWord("who");
        boolean participle = (first.pos().equals("VBN") || first.pos().equals("VBD")) && start + 1 < end
                && (tokens.get(start + 1).pos().startsWith("JJ") || tokens.get(start + 1).isNoun());
        if (!relative && !participle && !ROLE_START_TAGS.contains(first.pos())) {
            return false;
        }
        ResolvedMention leading = index.mentionAt(start);
        if (leading != null && index.isPerson(leading)) {
            return false; // a list of names, not a role
        }
        boolean noun = false;
        boolean inClause = relative;
        for (int i = participle ? start + 1 : start; i < end; i++) {
            Token t = tokens.get(i);
            noun |= t.isNoun();
            if (t.isWord("who") || t.isWord("which") || t.isWord("that")) {
                inClause = true;
            } else if (t.isFiniteVerb() && !inClause) {
                return false;
            }
        }
        return noun;
    }

    private Description describe(int start, int end) {
        while (start < end && LEADING_WORDS_TO_DROP.contains(tokens.get(start).word().toLowerCase())) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        int organization = -1;
        for (int i = start; i < end && organization < 0; i++) {
            ResolvedMention m = index.mentionAt(i);
            if (m != null && index.entity(m.entity()).type().equals("ORGANIZATION")) {
                organization = m.entity();
            }
        }
        return new Description(tokens.span(start, end), start, end, organization);
    }
}
