package io.quotewire.engine.attribution;

import io.quotewire.engine.model.CanonicalEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

/** Turns the words naming a speaker ("he", "Kim", "the statement") into the fullest name the article gives. */
final class SpeakerResolver {

    /** How far back a pronoun may look for its person, in paragraphs. */
    private static final int PRONOUN_REACH = 3;

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final boolean[] insideQuote;
    private final PhraseReader phrases;
    /** Names the article uses alone for some person ("Kim", "Trump"): family names, whatever the name lists say. */
    private final Set<String> shortNames;
    private final PronounResolver pronouns;
    private final NominalResolver nominals;
    private final RoleResolver roles;
    private final ClauseRoles clauseRoles;

    SpeakerResolver(ArticleTokens tokens, EntityIndex index, boolean[] insideQuote, PhraseReader phrases,
            Map<Integer, Description> descriptions) {
        this.tokens = tokens;
        this.index = index;
        this.insideQuote = insideQuote;
        this.phrases = phrases;
        this.shortNames = new HashSet<>();
        for (CanonicalEntity entity : index.entities()) {
            if (entity.type().equals("PERSON")) {
                shortNames.addAll(entity.aliases());
            }
        }
        this.pronouns = new PronounResolver(tokens, index, insideQuote, shortNames);
        this.nominals = new NominalResolver(tokens, index, insideQuote, new SubjectFinder(tokens, phrases, index));
        this.roles = new RoleResolver(tokens, index, descriptions, phrases);
        this.clauseRoles = new ClauseRoles(tokens);
    }

    /** The article's pronouns as resolved for speakers, for what a quote's own pronouns stand for. */
    PronounResolver pronouns() {
        return pronouns;
    }

    /** The speaker named by {@code phrase}, or null when the phrase cannot be a speaker. */
    SpeakerMatch resolve(Phrase phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        Token head = tokens.get(phrase.head());
        if (phrase.length() == 1 && (head.pos().equals("PRP") || head.pos().equals("PRP$"))) {
            return pronoun(head); // "he said"; "Her message is simple: “…”"
        }
        SpeakerMatch group = coordinatedPersons(phrase);
        if (group != null) {
            return group;
        }
        ResolvedMention named = index.mentionAt(phrase.head());
        if (named == null) {
            for (int i = phrase.start(); i < phrase.end() && named == null; i++) {
                ResolvedMention m = index.mentionAt(i);
                named = m != null && index.isPerson(m) && m.tokenEnd() == phrase.end() ? m : null;
            }
        }
        if (named != null) {
            return new SpeakerMatch(index.entity(named.entity()).name(), named.entity(), named.text(), named.start(),
                    named.end(), false);
        }
        int start = phrase.start();
        String text = tokens.span(start, phrase.end());
        int mentionEnd = tokens.get(phrase.head()).end();
        int person = roles.personFor(phrase);
        if (person >= 0) { // "the mayor said" → the person introduced as mayor
            return new SpeakerMatch(index.entity(person).name(), person, text, tokens.get(start).begin(), mentionEnd, true);
        }
        int possessive = possessiveIn(phrase);
        if (possessive > start && NominalResolver.isDocumentNoun(head)) { // "the union's Friday release" → the union
            SpeakerMatch owner = resolve(new Phrase(start, possessive));
            if (owner != null) {
                return new SpeakerMatch(owner.name(), owner.entity(), text, tokens.get(start).begin(), mentionEnd, true);
            }
        }
        if (NominalResolver.isResolvableNoun(head) && phrase.head() == phrase.end() - 1) {
            int organisation = nominals.organisationFor(start, phrase.head());
            if (organisation >= 0) { // "the company said" → the company the article named
                return new SpeakerMatch(index.entity(organisation).name(), organisation, text,
                        tokens.get(start).begin(), mentionEnd, true);
            }
            Phrase issuer = nominals.issuerOf(phrase.head(), phrases);
            SpeakerMatch issued = issuer == null ? null : resolve(issuer); // "the report said" → who issued it
            if (issued != null) {
                return new SpeakerMatch(issued.name(), issued.entity(), text, tokens.get(start).begin(), mentionEnd, true);
            }
        }
        String name = text.startsWith("The ") ? "the" + text.substring(3) : text;
        return new SpeakerMatch(name, -1, text, tokens.get(start).begin(), mentionEnd, false);
    }

    /** The person the text is about where the quotation opening at token {@code open} begins, or null. */
    SpeakerMatch salientPersonAt(int open) {
        int person = pronouns.salientPersonAt(open);
        if (person < 0) {
            return null;
        }
        Token mark = tokens.get(open);
        return new SpeakerMatch(index.entity(person).name(), person, "", mark.begin(), mark.begin(), true);
    }

    /**
     * "Sandmann and Phillips", "Carla Mendes and Peter Holt": several people speaking together, named with their full
     * names ("Nick Sandmann and Nathan Phillips"); null when the phrase is not only person names joined by "and".
     */
    private SpeakerMatch coordinatedPersons(Phrase phrase) {
        List<String> names = new ArrayList<>();
        int i = coordinationStart(phrase);
        while (i < phrase.end()) {
            ResolvedMention m = index.mentionAt(i);
            if (m != null && index.isPerson(m) && m.tokenStart() == i && m.tokenEnd() <= phrase.end()) {
                names.add(index.entity(m.entity()).name());
                i = m.tokenEnd();
            } else if (tokens.get(i).isWord("and") || tokens.get(i).isComma()) {
                i++;
            } else {
                return null;
            }
        }
        if (names.size() < 2) {
            return null;
        }
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new SpeakerMatch(joined, -1, tokens.span(phrase.start(), phrase.end()), tokens.get(phrase.start()).begin(),
                tokens.get(phrase.end() - 1).end(), false);
    }

    /** The token index of a possessive ’s inside the phrase, or -1. */
    private int possessiveIn(Phrase phrase) {
        for (int i = phrase.start(); i < phrase.end(); i++) {
            if (tokens.get(i).pos().equals("POS")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the names joined by "and" at the end of the phrase begin: "Stella's owners Tore Sohlberg and Lehla
     * Abreder", "Both Sandmann and Phillips" — the words before them describe the group.
     */
    private int coordinationStart(Phrase phrase) {
        int i = phrase.end() - 1;
        int start = phrase.end();
        while (i >= phrase.start()) {
            ResolvedMention m = index.mentionAt(i);
            if (m != null && index.isPerson(m) && m.tokenEnd() == i + 1 && m.tokenStart() >= phrase.start()) {
                start = m.tokenStart();
                i = m.tokenStart() - 1;
            } else if (start < phrase.end() && (tokens.get(i).isWord("and") || tokens.get(i).isComma())) {
                i--;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * he/she → the most recent person of a compatible gender named outside quotes (inside them "he" is often someone
     * else).
     */
    private SpeakerMatch pronoun(Token token) {
        if (CueLexicon.isPersonalPronoun(token) || token.isWord("his")) {
            int salient = pronouns.antecedentOf(token.index());
            if (salient >= 0) {
                return new SpeakerMatch(index.entity(salient).name(), salient, token.word(), token.begin(), token.end(),
                        true);
            }
        }
        if (token.isWord("they")) {
            SpeakerMatch together = coordinatedSubjectBefore(token);
            if (together != null) { // "Tore Sohlberg and Lehla Abreder said they …" … "…,” they said."
                return new SpeakerMatch(together.name(), -1, token.word(), token.begin(), token.end(), true);
            }
            Phrase group = pluralSubjectBefore(token);
            if (group != null) {
                SpeakerMatch named = resolve(group);
                return new SpeakerMatch(named.name(), named.entity(), token.word(), token.begin(), token.end(), true);
            }
        }
        if (token.isWord("it") || token.isWord("they")) {
            int organisation = nominals.organisationForIt(token.index()); // "…,” it said: the utility named before
            if (organisation >= 0) {
                return new SpeakerMatch(index.entity(organisation).name(), organisation, token.word(), token.begin(),
                        token.end(), true);
            }
        }
        return new SpeakerMatch(token.word().toLowerCase(Locale.ROOT).equals("i") ? "I" : token.word(), -1,
                token.word(), token.begin(), token.end(), true);
    }

    /** they → people named together as the subject of this or the previous two sentences ("A and B said …"). */
    private SpeakerMatch coordinatedSubjectBefore(Token token) {
        for (int i = token.index() - 1; i > 0 && tokens.get(i).sentence() >= token.sentence() - 2; i--) {
            ResolvedMention last = index.mentionAt(i);
            if (last == null || last.tokenEnd() != i + 1 || insideQuote[i] || !index.isPerson(last)) {
                continue;
            }
            int start = last.tokenStart();
            while (start > 1 && (tokens.get(start - 1).isWord("and") || tokens.get(start - 1).isComma())
                    && index.mentionAt(start - 2) != null) {
                start = index.mentionAt(start - 2).tokenStart();
            }
            SpeakerMatch group = start < last.tokenStart() ? coordinatedPersons(new Phrase(start, last.tokenEnd())) : null;
            if (group != null && clauseRoles.isSubject(start, last.tokenEnd())) {
                return group;
            }
        }
        return null;
    }

    /** they → the nearest plural subject ("the two governments issued …") in this or the previous sentence. */
    private Phrase pluralSubjectBefore(Token token) {
        for (int i = token.index() - 1; i > 0 && tokens.get(i).sentence() >= token.sentence() - 1; i--) {
            Token head = tokens.get(i);
            Token next = tokens.get(i + 1);
            if ((head.pos().equals("NNS") || head.pos().equals("NNPS")) && !insideQuote[i]
                    && (next.pos().equals("VBD") || next.pos().equals("VBP") || next.pos().equals("MD"))) {
                return phrases.leftOf(i + 1);
            }
        }
        return null;
    }
}
