package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.EntityReference;
import io.quotewire.engine.model.QuoteKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pronouns inside each quote that stand for a person of the article other than its speaker — the "he" in
 * Maxwell's “Kim thought he could sucker us …” is Kim Jong Un — and only where the choice is clear. A pronoun stands for
 * the one person the quote's sentence names before it, else for the person {@link PronounResolver}'s salience puts
 * well ahead of the next (a "she" only to a person the text or a first name makes a woman). Never the speaker: "I"
 * and "we" are not read, a "he" inside quote marks is somebody else, and in reported speech ("Maxwell said he …") a
 * "he" the resolver gives to the speaker is the speaker. Left alone: two persons named before it, a person named only
 * by a noun ("the eyewitness … he describes"), "his or her", and reported speech whose speaker the text does not name.
 */
final class QuoteReferences {

    /** A pronoun's person must be this salient: named as a subject within the last few sentences (PronounResolver). */
    static final double MIN_SALIENCE = 15;
    /** ... and this many times as salient as the next person it could be, or the pronoun is left unresolved. */
    static final double MARGIN = 2;
    private static final Set<String> THIRD_PERSON = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final PronounResolver pronouns;
    private final boolean[] insideQuote;
    private final Map<String, Integer> entityByKey = new HashMap<>();

    QuoteReferences(ArticleTokens tokens, EntityIndex index, PronounResolver pronouns, boolean[] insideQuote) {
        this.tokens = tokens;
        this.index = index;
        this.pronouns = pronouns;
        this.insideQuote = insideQuote;
        List<CanonicalEntity> entities = index.entities();
        for (int e = 0; e < entities.size(); e++) {
            entityByKey.put(entities.get(e).key(), e);
        }
    }

    /** {@code quotes}, each with the references found inside it. */
    List<AttributedQuote> addTo(List<AttributedQuote> quotes) {
        return quotes.stream().map(quote -> quote.withReferences(of(quote))).toList();
    }

    private List<EntityReference> of(AttributedQuote quote) {
        if (quote.kind() == QuoteKind.TERM) {
            return List.of();
        }
        Integer speaker = quote.speaker() == null || quote.speaker().entityKey() == null
                ? null : entityByKey.get(quote.speaker().entityKey());
        int speakerIndex = speaker == null ? -1 : speaker;
        List<EntityReference> references = new ArrayList<>();
        int last = tokens.lastTokenBeginningBefore(quote.end());
        for (int t = tokens.firstTokenEndingAfter(quote.start()); t <= last; t++) {
            Token token = tokens.get(t);
            if (!isThirdPerson(t) || index.mentionAt(t) != null || isGeneric(t)
                    || !insideQuote[t] && !speakerNamed(quote, speakerIndex)) {
                continue;
            }
            int person = personFor(t, quote.start(), speakerIndex);
            if (person >= 0) {
                references.add(new EntityReference(index.entity(person).key(), token.word(), token.begin(), token.end()));
            }
        }
        return references;
    }

    /** The person the pronoun at {@code t} stands for, when clear and not the speaker; -1 otherwise. */
    private int personFor(int t, int quoteStart, int speaker) {
        PronounCandidates candidates = pronouns.candidatesOf(t);
        if (candidates == null) {
            return -1;
        }
        // Inside quote marks the speaker says "I": a "he" is somebody else. In reported speech ("Rubio says he feels
        // he did great") it is most often the speaker, so there a pronoun the speaker could be is left alone.
        if (!insideQuote[t] && candidates.contains(speaker)) {
            return -1;
        }
        Set<Integer> named = personsNamedBefore(t, quoteStart, candidates);
        if (named == null) { // "according to the eyewitness … he describes": a person the text does not name
            return -1;
        }
        named.remove(speaker);
        named.removeIf(person -> !vouched(person, t, candidates));
        if (!named.isEmpty()) { // "Kim thought he could sucker us": the person the quote itself just named
            return named.size() == 1 ? named.iterator().next() : -1;
        }
        int best = candidates.best(speaker);
        boolean clear = candidates.bestScore(speaker) >= MIN_SALIENCE
                && candidates.bestScore(speaker) >= MARGIN * candidates.runnerUpScore(speaker);
        return best >= 0 && clear && vouched(best, t, candidates) ? best : -1;
    }

    /**
     * Whether the text vouches for {@code person} as the pronoun's antecedent, as {@link PronounResolver} asks of an
     * uncued quote's speaker: a full name, or a gender the text or a first name gives — and for a "she" that gender,
     * since a person of unknown gender is most often a man ("who does she owe favors to?" with Hillary Clinton merged
     * into Bill, or "the Rhcp offered to give him", a band the tagger made a person).
     */
    private boolean vouched(int person, int t, PronounCandidates candidates) {
        boolean feminine = PersonGender.ofPronoun(tokens.get(t).word()) == PersonGender.Gender.FEMALE;
        return candidates.gendered(person) || !feminine && index.entity(person).name().contains(" ");
    }

    private boolean isThirdPerson(int t) {
        return t >= 0 && t < tokens.size() && THIRD_PERSON.contains(tokens.get(t).word().toLowerCase());
    }

    /** "his or her", "he/she": anybody, not a person of the article. */
    private boolean isGeneric(int t) {
        return isJoiner(t - 1) && isThirdPerson(t - 2) || isJoiner(t + 1) && isThirdPerson(t + 2);
    }

    private boolean isJoiner(int t) {
        return t >= 0 && t < tokens.size() && (tokens.get(t).isWord("or") || tokens.get(t).isWord("/"));
    }

    /**
     * Whether reported speech's speaker is a person the text names (by name or by a pronoun resolved to one): only then
     * can a "he" that is the speaker be told from one that is not.
     */
    private boolean speakerNamed(AttributedQuote quote, int speaker) {
        if (speaker < 0) {
            return false;
        }
        int first = tokens.firstTokenEndingAfter(quote.speaker().mentionStart());
        return first < tokens.size() && (tokens.get(first).isProperNoun() || tokens.get(first).pos().equals("PRP"));
    }

    /**
     * The persons the pronoun could stand for that the same sentence of the quote names before it, nearest first
     * (within the quote marks when the pronoun is inside them); null when a noun for a person ("the judge") comes
     * nearer than any of them.
     */
    private Set<Integer> personsNamedBefore(int t, int quoteStart, PronounCandidates candidates) {
        Set<Integer> named = new LinkedHashSet<>();
        Token pronoun = tokens.get(t);
        for (int i = t - 1; i >= 0 && tokens.get(i).begin() >= quoteStart && tokens.get(i).sentence() == pronoun.sentence()
                && insideQuote[i] == insideQuote[t]; i--) {
            ResolvedMention mention = index.mentionAt(i);
            if (mention != null && index.isPerson(mention) && candidates.contains(mention.entity())) {
                named.add(mention.entity());
            } else if (mention == null && named.isEmpty() && tokens.get(i).pos().equals("NN")
                    && CueLexicon.isPersonNoun(tokens.get(i)) && !tokens.get(i + 1).pos().equals("POS")) {
                return null;
            }
        }
        return named;
    }
}
