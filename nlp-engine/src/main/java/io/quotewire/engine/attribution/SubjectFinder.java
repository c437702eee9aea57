package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;
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
    /** Longest stretch of appositives and relative clauses between a subject and its verb, in tokens. */
    private static final int MAX_APPOSITIVE_CHAIN = 60;
    private static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "where", "whose", "whom", "when");
    private static final Set<String> POST_MODIFIER_PREPOSITIONS = Set.of("with", "of", "at", "from", "for", "to");
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
                && (isAuxiliary(tokens.get(left)) || tokens.get(left).pos().startsWith("RB"))) {
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
        if (tokens.get(left).isWord("who") && left > 0 && index.mentionAt(left - 1) != null) {
            ResolvedMention named = index.mentionAt(left - 1); // "touched on by Bortis who noted …"
            return new Cue(new Phrase(named.tokenStart(), named.tokenEnd()), verb, direct);
        }
        if (!tokens.get(left).isComma()) {
            Phrase subject = personBeforePostModifier(phrases.leftOf(left + 1));
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

    /** "has", "also", "will": a word between a subject and its verb — but not a name that is spelled like one ("May"). */
    private static boolean isAuxiliary(Token token) {
        return AUXILIARIES.contains(token.word().toLowerCase()) && !token.isProperNoun();
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

    /**
     * The subject before a chain of appositives and relative clauses that ends in a comma right before the verb:
     * "Kim Myong Gil, DPRK’s Ambassador …, announced", "Donald Tusk, the president of the European Council, which
     * represents EU leaders, urged", "Sarah Buckley, who attended …, played in the band and graduated in 2013, said".
     * A name standing alone between the last two commas is the subject and what precedes it its role ("the director
     * of operations for EHS, Jeff Fraser, says", "North Korea’s party newspaper, Rodong Sinmun, called"). Otherwise
     * the earliest comma-separated piece that ends in a person, an organisation or a pronoun, provided every later
     * piece is an appositive (no finite verb) or part of a relative clause.
     */
    private Cue acrossAppositive(int comma, int verb, int sentence) {
        List<Integer> commas = new ArrayList<>();
        int start = comma;
        while (start > 0 && tokens.get(start - 1).sentence() == sentence && comma - start < MAX_APPOSITIVE_CHAIN) {
            start--;
            if (tokens.get(start).isComma()) {
                commas.add(0, start);
            }
        }
        if (commas.isEmpty()) {
            return null;
        }
        commas.add(comma);
        int lastPieceStart = commas.get(commas.size() - 2) + 1;
        if (isWholeName(lastPieceStart, comma)) {
            return new Cue(new Phrase(lastPieceStart, comma), verb, Evidence.CUE_APPOSITIVE);
        }
        if (isCoordinatedNames(lastPieceStart, comma)) {
            return new Cue(new Phrase(lastPieceStart, comma), verb, Evidence.CUE_APPOSITIVE); // "his lawyers, A and B,"
        }
        for (int k = 0; k < commas.size() - 1; k++) {
            Phrase candidate = phrases.leftOf(commas.get(k));
            if (!candidate.isEmpty() && namesASpeaker(candidate) && laterPiecesAreAppositive(commas, k)) {
                return new Cue(candidate, verb, Evidence.CUE_APPOSITIVE);
            }
        }
        // No name the tagger knew: a noun for people before the appositive ("Another member of the public, whose name
        // is redacted,"), or a proper name the appositive says is a person ("Roman, a resident of the area who …,")
        Phrase first = phrases.leftOf(commas.get(0));
        boolean people = !first.isEmpty() && (CueLexicon.isPersonNoun(tokens.get(first.head()))
                || tokens.get(first.head()).isProperNoun() && appositiveNamesAPerson(commas.get(0), commas.get(1)));
        return people && laterPiecesAreAppositive(commas, 0) ? new Cue(first, verb, Evidence.CUE_APPOSITIVE) : null;
    }

    /** Whether the appositive between two commas is headed by a noun for a person ("a resident of the area who …"). */
    private boolean appositiveNamesAPerson(int comma, int next) {
        for (int i = comma + 1; i < next; i++) {
            Token t = tokens.get(i);
            if (t.isNoun() && !t.isProperNoun()) {
                return CueLexicon.isPersonNoun(t) || CueLexicon.isRoleNoun(t);
            }
        }
        return false;
    }

    /** Person names joined by "and" (and commas): "Charles Glynn and Richard Jones". */
    private boolean isCoordinatedNames(int start, int end) {
        int names = 0;
        int i = start;
        while (i < end) {
            ResolvedMention m = index.mentionAt(i);
            if (m != null && index.isPerson(m) && m.tokenStart() == i) {
                names++;
                i = m.tokenEnd();
            } else if (tokens.get(i).isWord("and") || tokens.get(i).isComma()) {
                i++;
            } else {
                return false;
            }
        }
        return names >= 2;
    }

    /** Whether each piece after the comma at {@code commas[k]} is an appositive or continues a relative clause. */
    private boolean laterPiecesAreAppositive(List<Integer> commas, int k) {
        boolean relative = false;
        for (int c = k; c < commas.size() - 1; c++) {
            for (int i = commas.get(c) + 1; i < commas.get(c + 1); i++) {
                // "a resident of the area who operates tours": a relative clause may have verbs, to the last comma
                relative |= RELATIVE_OPENERS.contains(tokens.get(i).word().toLowerCase());
                if (!relative && tokens.get(i).isFiniteVerb() || insideQuote(i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean insideQuote(int i) {
        String pos = tokens.get(i).pos();
        return pos.equals("``") || pos.equals("''");
    }

    /** A person or organisation named by exactly the tokens {@code [start, end)}. */
    private boolean isWholeName(int start, int end) {
        ResolvedMention m = index.mentionAt(start);
        boolean speakerType = m != null && (index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION"));
        return speakerType && m.tokenStart() == start && m.tokenEnd() == end;
    }

    /** A person or organisation mention, or a personal pronoun, heads the phrase. */
    private boolean namesASpeaker(Phrase phrase) {
        Token head = tokens.get(phrase.head());
        if (head.pos().equals("PRP")) {
            return CueLexicon.isPersonalPronoun(head) || head.isWord("they") || head.isWord("we");
        }
        ResolvedMention m = index.mentionAt(phrase.head());
        return m != null && (index.isPerson(m) || index.entity(m.entity()).type().equals("ORGANIZATION"));
    }

    /**
     * "Tim Guest with the Nova Scotia Health Authority says": the person before "with/of/at/from the organisation";
     * "sources familiar with the negotiations said": the people with what qualifies them.
     */
    private Phrase personBeforePostModifier(Phrase subject) {
        int preposition = subject.start() - 1;
        if (subject.isEmpty() || preposition <= 0 || !POST_MODIFIER_PREPOSITIONS.contains(
                tokens.get(preposition).word().toLowerCase())) {
            return subject;
        }
        Phrase qualified = phrases.leftOf(tokens.get(preposition - 1).pos().startsWith("JJ") ? preposition - 1 : preposition);
        if (!qualified.isEmpty() && tokens.get(preposition - 1).pos().startsWith("JJ")) {
            int people = qualified.start() - 1; // "sources familiar", "people close"
            if (people >= 0 && CueLexicon.isPersonNoun(tokens.get(people))) {
                Phrase owner = phrases.leftOf(people + 1);
                return new Phrase(owner.start(), subject.end(), people);
            }
        }
        ResolvedMention person = index.mentionAt(preposition - 1);
        return person != null && index.isPerson(person) && tokens.get(person.tokenStart()).sentence()
                == tokens.get(subject.start()).sentence() ? new Phrase(person.tokenStart(), person.tokenEnd()) : subject;
    }

    private static boolean isBreak(Token token) {
        if (token.pos().equals("``")) {
            return false; // "…, said the photo “totally misrepresents …”": the phrase begins the reported words
        }
        return token.isComma() || token.word().equals(":") || token.isPunctuation() || token.isWord("but")
                || token.isWord("and");
    }
}
