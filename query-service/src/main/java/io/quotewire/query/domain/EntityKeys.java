package io.quotewire.query.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What canonical entities merge by across articles: the type and a key of the name with case, accents, dots,
 * honorifics, a leading "the" and the possessive set aside ("Mr. Kim Jong Un’s" and "kim jong un"; "U.S." and "US"),
 * a known name's canonical key ("America" → United States), or a date's value (2019-10-05).
 */
public final class EntityKeys {

    /** Types whose entities stand for a value and merge by it. */
    public static final Set<String> VALUE_TYPES = Set.of("DATE", "TIME", "MONEY", "PERCENT");

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame");
    private static final Pattern DOTS = Pattern.compile("\\.");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EntityKeys() {}

    /** The key of {@code name} of {@code type}, with the canonical name and type it merges under. */
    public static EntityKey of(String type, String name, String value) {
        String upperType = type.toUpperCase(Locale.ROOT);
        if (value != null && !value.isBlank() && VALUE_TYPES.contains(upperType)) {
            return new EntityKey(upperType, value.strip().toLowerCase(Locale.ROOT), value.strip(), value.strip());
        }
        String key = spellingKey(name);
        if (!upperType.equals("PERSON")) {
            Optional<KnownNames.Known> known = KnownNames.byKey(key);
            if (known.isPresent()) {
                return new EntityKey(known.get().type(), spellingKey(known.get().name()), known.get().name(), null);
            }
        }
        return new EntityKey(upperType, key, name.strip(), null);
    }

    /** The name without case, accents, dots, honorifics, a leading "the", a trailing possessive or curly apostrophes. */
    public static String spellingKey(String name) {
        String normalized = NameNormalizer.normalize(name.replace('’', '\''));
        String undotted = SPACES.matcher(DOTS.matcher(normalized).replaceAll(" ")).replaceAll(" ").strip();
        // "U S" from "U.S." reads as one word again.
        undotted = undotted.replaceAll("\\b(\\p{L}) (?=\\p{L}\\b)", "$1");
        String[] words = undotted.split(" ");
        int first = 0;
        while (first < words.length - 1 && (HONORIFICS.contains(words[first]) || words[first].equals("the"))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /**
     * A merge key.
     *
     * @param canonicalName the name an entity created under this key gets
     * @param value the value a DATE, TIME, MONEY or PERCENT key stands for, null for names
     */
    public record EntityKey(String type, String key, String canonicalName, String value) {}
}
