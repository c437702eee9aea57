package io.quotewire.query.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names an article's mentions use, each standing for its entity, to find them again in words the NLP left
 * untagged: a tagger often marks "Yongbyon" in one sentence and not in a quote two paragraphs on, and within one
 * article a name means the same entity throughout. A name used for two entities in the article is left out.
 */
public final class ArticleNames {

    /** Shorter names ("U") are too often something else. */
    private static final int SHORTEST = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The names by their first word, so a text is searched only for the names whose first word it has. */
    private final Map<String, List<Map.Entry<String, Long>>> byFirstWord;

    private ArticleNames(Map<String, Long> entityByName) {
        this.byFirstWord = entityByName.entrySet().stream()
                .filter(entry -> firstWord(entry.getKey()) != null)
                .collect(Collectors.groupingBy(entry -> firstWord(entry.getKey())));
    }

    /** The names {@code mentions} give their entities in {@code articleText}. */
    public static ArticleNames of(String articleText, List<EntitySpan> mentions) {
        Map<String, Set<Long>> entities = new HashMap<>();
        if (articleText != null) {
            for (EntitySpan mention : mentions) {
                if (mention.start() >= 0 && mention.end() <= articleText.length() && mention.start() < mention.end()) {
                    String name = articleText.substring(mention.start(), mention.end()).strip();
                    if (name.length() >= SHORTEST) {
                        entities.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(mention.entityId());
                    }
                }
            }
        }
        return new ArticleNames(entities.entrySet().stream().filter(entry -> entry.getValue().size() == 1)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().iterator().next())));
    }

    /** The entities whose names occur in {@code words} as whole words, case and all. */
    public Set<Long> namedIn(String words) {
        Set<Long> named = new LinkedHashSet<>();
        if (words == null || words.isEmpty()) {
            return named;
        }
        Matcher word = WORD.matcher(words);
        Set<String> seen = new HashSet<>();
        while (word.find()) {
            if (seen.add(word.group())) {
                for (Map.Entry<String, Long> name : byFirstWord.getOrDefault(word.group(), List.of())) {
                    if (!named.contains(name.getValue()) && occursAsWords(words, name.getKey())) {
                        named.add(name.getValue());
                    }
                }
            }
        }
        return named;
    }

    private static String firstWord(String name) {
        Matcher word = WORD.matcher(name);
        return word.find() ? word.group() : null;
    }

    private static boolean occursAsWords(String words, String name) {
        for (int at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
            int after = at + name.length();
            if ((at == 0 || !isWordChar(words.charAt(at - 1)))
                    && (after == words.length() || !isWordChar(words.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
