package io.quotewire.engine.attribution;

import io.quotewire.engine.model.CanonicalEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolves he/she/him/her (and his/hers) to the person they most likely stand for, reading the article once from the
 * start with a salience model after Lappin and Leass (1994): every mention of a person adds to that person's salience
 * — more as a subject than as an object, less inside someone else's quotation — and salience halves with each
 * sentence. A pronoun goes to the most salient person whose gender fits, so "He told detectives …" after a run of
 * sentences about one man stays with him even when a woman was named last, and "But he said …" after "Spokesperson
 * Lu Kang gave no details about Kim's schedule." is Lu Kang. A resolved pronoun counts as a mention in turn, and a
 * he or she that resolves to a person of unknown gender settles that person's gender for the rest of the article.
 */
final class PronounResolver {

    /** Every mention: a person just named is salient. */
    private static final double RECENCY = 100;
    /** Named as the subject of a clause ("Kim said", "said Kim"). */
    private static final double SUBJECT = 80;
    /** Named as a verb's object ("told Kim"). */
    private static final double OBJECT = 50;
    /** Named as a head noun rather than a possessive or a modifier ("Kim's schedule" is about the schedule). */
    private static final double HEAD = 80;
    /** Mentions inside someone else's quotation weigh this share. */
    private static final double INSIDE_QUOTE = 0.3;
    /** Below this a person is too far back to be a pronoun's antecedent (a subject fades past it in four sentences). */
    private static final double MIN_SALIENCE = 15;
    /**
     * With nobody that salient, a pronoun still goes to the most salient person whose gender fits, as long as that
     * person was named within the last several sentences.
     */
    private static final double MIN_SALIENCE_AT_ALL = 1;
    /** A person whose first name suggests the other gender keeps this share of their salience. */
    private static final double GUESSED_GENDER_AGAINST = 0.1;
    /**
     * The person a quotation with no cue is guessed to be by must be far more salient: named or referred to within
     * the last sentence or two, not merely somewhere in the last paragraphs.
     */
    private static final double MIN_SALIENCE_FOR_UNCUED_QUOTE = 50;

    private final ArticleTokens tokens;
    private final EntityIndex index;
    private final boolean[] insideQuote;
    private final int[] antecedent;
    /** For each he/she/him/her token: every person it could stand for, most salient first (null elsewhere). */
    private final PronounCandidates[] candidates;
    /** For each token that opens a quotation: the most salient person just before it, or -1. */
    private final int[] salientAtQuote;
    private final ClauseRoles roles;
    /** The gender each person's first name suggests, from CoreNLP's name lists. */
    private PersonGender.Gender[] guessed;

    PronounResolver(ArticleTokens tokens, EntityIndex index, boolean[] insideQuote, Set<String> shortNames) {
        this.tokens = tokens;
        this.index = index;
        this.insideQuote = insideQuote;
        this.roles = new ClauseRoles(tokens);
        this.antecedent = new int[tokens.size()];
        this.salientAtQuote = new int[tokens.size()];
        this.candidates = new PronounCandidates[tokens.size()];
        Arrays.fill(antecedent, -1);
        Arrays.fill(salientAtQuote, -1);
        resolveAll(shortNames);
    }

    /** The entity index the pronoun at {@code token} stands for, or -1 when none is salient enough. */
    int antecedentOf(int token) {
        return token >= 0 && token < antecedent.length ? antecedent[token] : -1;
    }

    /**
     * The persons the pronoun at {@code token} could stand for, with the salience each had there, most salient
     * first; null when the token is no he/she/him/her.
     */
    PronounCandidates candidatesOf(int token) {
        return token >= 0 && token < candidates.length ? candidates[token] : null;
    }

    /** The person most salient where the quotation opening at {@code open} begins, or -1 when nobody is. */
    int salientPersonAt(int open) {
        return open >= 0 && open < salientAtQuote.length ? salientAtQuote[open] : -1;
    }

    private void resolveAll(Set<String> shortNames) {
        int entities = index.entities().size();
        double[] salience = new double[entities];
        // What the text says of a person's gender (a title, "her son", a pronoun already resolved) rules; a guess from
        // first-name lists only weighs ("Kim" is a woman's name there, and Kim Myong Gil is a man).
        PersonGender.Gender[] gender = new PersonGender.Gender[entities];
        guessed = new PersonGender.Gender[entities];
        for (int e = 0; e < entities; e++) {
            CanonicalEntity entity = index.entity(e);
            gender[e] = PersonGender.Gender.UNKNOWN;
            guessed[e] = entity.type().equals("PERSON")
                    ? PersonGender.ofPerson(entity.name(), null, shortNames) : PersonGender.Gender.UNKNOWN;
        }
        boolean[] quoteOnly = quoteOnlySentences();
        int sentence = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            for (; sentence < token.sentence(); sentence++) {
                if (!quoteOnly[sentence]) { // a quoted speaker's own sentences do not move the story on
                    for (int e = 0; e < entities; e++) {
                        salience[e] /= 2;
                    }
                }
            }
            if (insideQuote[i] && (i == 0 || !insideQuote[i - 1])) {
                int person = mostSalientPerson(salience, gender, PersonGender.Gender.UNKNOWN, MIN_SALIENCE_FOR_UNCUED_QUOTE);
                // a guess needs a person the text vouches for: a full name, or one it calls he or she ("Bitcoin",
                // tagged a person by the tagger, is neither)
                boolean vouched = person >= 0 && (index.entity(person).name().contains(" ")
                        || gender[person] != PersonGender.Gender.UNKNOWN);
                salientAtQuote[i] = vouched ? person : -1;
            }
            ResolvedMention mention = index.mentionAt(i);
            if (mention != null && mention.tokenStart() == i) {
                PersonGender.Gender titled = titleGender(i);
                if (titled != PersonGender.Gender.UNKNOWN) {
                    gender[mention.entity()] = titled;
                }
                salience[mention.entity()] += weight(mention.tokenStart(), mention.tokenEnd());
                i = mention.tokenEnd();
                continue;
            }
            PersonGender.Gender wanted = PersonGender.ofPronoun(token.word());
            if (isPersonPronoun(token) && wanted != PersonGender.Gender.UNKNOWN) {
                candidates[i] = candidates(salience, gender, wanted);
                int best = mostSalientPerson(salience, gender, wanted, MIN_SALIENCE);
                if (best < 0) {
                    best = mostSalientPerson(salience, gender, wanted, MIN_SALIENCE_AT_ALL);
                }
                antecedent[i] = best;
                if (best >= 0 && !insideQuote[i]) {
                    salience[best] += weight(i, i + 1);
                    if (gender[best] == PersonGender.Gender.UNKNOWN && token.pos().equals("PRP")) {
                        gender[best] = wanted;
                    }
                }
            }
            i++;
        }
    }

    /** Sentences all of whose words are inside quote marks. */
    private boolean[] quoteOnlySentences() {
        int count = tokens.size() == 0 ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        boolean[] quoteOnly = new boolean[count];
        java.util.Arrays.fill(quoteOnly, true);
        for (Token t : tokens.all()) {
            if (!insideQuote[t.index()] && !t.isPunctuation()) {
                quoteOnly[t.sentence()] = false;
            }
        }
        return quoteOnly;
    }

    private int mostSalientPerson(double[] salience, PersonGender.Gender[] gender, PersonGender.Gender wanted,
            double threshold) {
        int best = -1;
        double bestScore = 0;
        for (int e = 0; e < salience.length; e++) {
            double score = score(salience, gender, wanted, e);
            if (score >= threshold && (best < 0 || score > bestScore)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Person {@code e}'s salience as the antecedent of a pronoun of gender {@code wanted}; -1 when they cannot be. */
    private double score(double[] salience, PersonGender.Gender[] gender, PersonGender.Gender wanted, int e) {
        boolean fits = index.entity(e).type().equals("PERSON") && PersonGender.compatible(wanted, gender[e]);
        boolean guessAgainst = gender[e] == PersonGender.Gender.UNKNOWN && !PersonGender.compatible(wanted, guessed[e]);
        return !fits ? -1 : guessAgainst ? salience[e] * GUESSED_GENDER_AGAINST : salience[e];
    }

    /** Every person of a gender that fits, scored as {@link #mostSalientPerson} scores them. */
    private PronounCandidates candidates(double[] salience, PersonGender.Gender[] gender, PersonGender.Gender wanted) {
        List<Integer> persons = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Boolean> gendered = new ArrayList<>();
        for (int e = 0; e < salience.length; e++) {
            double score = score(salience, gender, wanted, e);
            if (score >= MIN_SALIENCE_AT_ALL) {
                persons.add(e);
                scores.add(score);
                gendered.add(gender[e] == wanted || gender[e] == PersonGender.Gender.UNKNOWN && guessed[e] == wanted);
            }
        }
        return PronounCandidates.ranked(persons, scores, gendered);
    }

    /** How much a mention at tokens {@code [start, end)} adds, by where it stands in its clause. */
    private double weight(int start, int end) {
        double weight = RECENCY;
        boolean possessive = end < tokens.size() && tokens.get(end).pos().equals("POS")
                || tokens.get(start).pos().equals("PRP$");
        boolean modifier = end < tokens.size() && tokens.get(end).isNoun() && !tokens.get(start).pos().startsWith("PRP");
        if (!possessive && !modifier) {
            weight += HEAD;
            if (roles.isSubject(start, end)) {
                weight += SUBJECT;
            } else if (roles.isObject(start)) {
                weight += OBJECT;
            }
        }
        return insideQuote[start] ? weight * INSIDE_QUOTE : weight;
    }

    /**
     * The gender the words right before a name give it: a courtesy title ("Ms. May") or a noun for a relation or a
     * role ("her son Kody", "his wife, Ri Sol-ju", "actress Jane Roe").
     */
    private PersonGender.Gender titleGender(int mentionStart) {
        for (int i = mentionStart - 1; i >= 0 && mentionStart - i <= 2; i--) {
            String word = tokens.get(i).word();
            PersonGender.Gender titled = PersonGender.ofPerson("", word, Set.of());
            if (titled == PersonGender.Gender.UNKNOWN) {
                titled = PersonGender.ofNoun(word);
            }
            if (titled != PersonGender.Gender.UNKNOWN) {
                return titled;
            }
            if (!tokens.get(i).isComma() && !tokens.get(i).isNoun()) {
                break;
            }
        }
        return PersonGender.Gender.UNKNOWN;
    }

    private static boolean isPersonPronoun(Token token) {
        String w = token.word().toLowerCase();
        return w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("his")
                || w.equals("hers") || w.equals("himself") || w.equals("herself");
    }
}
