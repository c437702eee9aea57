package io.quotewire.engine.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a person's gender from a courtesy title (Mr., Mrs., Ms.) or from CoreNLP's own first-name lists, so that
 * "she" does not go to the most recent man; unknown names stay unknown and match either pronoun.
 */
final class PersonGender {

    /** What is known of a person's gender. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE = load("edu/stanford/nlp/models/gender/male_first_names.txt");
    private static final Set<String> FEMALE = load("edu/stanford/nlp/models/gender/female_first_names.txt");

    private static final Set<String> MALE_NOUNS = Set.of(
            "son", "father", "husband", "brother", "boyfriend", "uncle", "nephew", "grandson", "grandfather", "dad",
            "king", "prince", "man", "boy", "actor", "businessman", "chairman", "spokesman", "congressman", "sir",
            "stepson", "stepfather", "fiance", "widower");
    private static final Set<String> FEMALE_NOUNS = Set.of(
            "daughter", "mother", "wife", "sister", "girlfriend", "aunt", "niece", "granddaughter", "grandmother",
            "mom", "mum", "queen", "princess", "woman", "girl", "actress", "businesswoman", "chairwoman",
            "spokeswoman", "congresswoman", "stepdaughter", "stepmother", "fiancee", "widow", "lady");

    private PersonGender() {}

    /** The gender a pronoun refers to: he/him/his → MALE, she/her → FEMALE. */
    static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /**
     * The gender of a person whose full name is {@code name}, with {@code title} the word before the mention (or null)
     * and {@code shortNames} the names the article uses alone for anyone: a first word among them is a family name
     * ("Kim" of Kim Myong Gil), which says nothing of gender.
     */
    static Gender ofPerson(String name, String title, java.util.Collection<String> shortNames) {
        if (title != null) {
            String t = title.toLowerCase(Locale.ROOT).replace(".", "");
            if (t.equals("mr")) {
                return Gender.MALE;
            }
            if (t.equals("mrs") || t.equals("ms")) {
                return Gender.FEMALE;
            }
        }
        String firstWord = name.split("[\\s-]+")[0];
        if (shortNames.contains(firstWord)) {
            return Gender.UNKNOWN;
        }
        String first = firstWord.toLowerCase(Locale.ROOT);
        boolean male = MALE.contains(first);
        boolean female = FEMALE.contains(first);
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }

    /** The gender a noun for a relation or a role gives the name after it ("her son Kody"), else UNKNOWN. */
    static Gender ofNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_NOUNS.contains(w) ? Gender.MALE : FEMALE_NOUNS.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** Whether a pronoun of gender {@code pronoun} may stand for a person of gender {@code person}. */
    static boolean compatible(Gender pronoun, Gender person) {
        return pronoun == Gender.UNKNOWN || person == Gender.UNKNOWN || pronoun == person;
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Set.of(); // without the models jar every name is of unknown gender
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
