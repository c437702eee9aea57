package io.quotewire.bench.corpus;

import java.util.List;
import java.util.Random;

/** Invented people and affiliations for the quotes the generator adds; combinations give thousands of names. */
final class NamePool {

    private static final List<String> FIRST = List.of("Anna", "David", "Mei", "Oluwaseun", "Sofia", "Lars",
            "Priya", "Tomás", "Hye-jin", "Marcus", "Ingrid", "Rafael", "Aisha", "Jonas", "Yuki", "Elena", "Kwame",
            "Camille", "Dmitri", "Leila", "Henrik", "Nadia", "Arjun", "Beatriz", "Samuel", "Min-jun", "Freya",
            "Omar", "Clara", "Tobias");
    private static final List<String> LAST = List.of("Lindqvist", "Okafor", "Moreau", "Castellanos", "Haddad",
            "Johansson", "Nakamura", "Petrov", "Mensah", "Schneider", "Kowalski", "Fernández", "Rahman", "Novak",
            "Brennan", "Takahashi", "Adeyemi", "Dubois", "Van der Berg", "Karlsson", "Mehta", "Oliveira",
            "Whitfield", "Sørensen", "Abubakar", "Lindgren", "Ferrari", "Hoffmann", "Quiroga", "Yilmaz", "Park",
            "Osei", "Bianchi", "Holm", "Reyes", "Fischer", "Chandra", "Lund", "Mwangi", "Eriksson");
    private static final List<String> ROLES = List.of("a senior fellow", "professor of international relations",
            "a former negotiator", "director of Asia studies", "a spokesperson", "chief economist",
            "a researcher", "deputy minister", "an analyst", "a retired ambassador");
    private static final List<String> PLACES = List.of("the Stockholm Policy Institute", "Korea University",
            "the Center for Strategic Studies", "the Foreign Ministry", "the Nordic Council", "Yonsei University",
            "the Atlantic Forum", "the Institute for Peace Research", "Uppsala University", "the Seoul Policy Center");

    private final Random random;

    NamePool(Random random) {
        this.random = random;
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String affiliation() {
        return pick(ROLES) + " at " + pick(PLACES);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
