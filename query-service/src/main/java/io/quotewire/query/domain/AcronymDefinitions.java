package io.quotewire.query.domain;

import io.quotewire.contracts.ArticleEnriched;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms an article defines for its entities: "the Foundation for Defense of Democracies (FDD)" makes FDD a
 * name of the foundation in that article, when its letters are the initials of the name's words (with or without
 * "for", "of", "the", "and").
 */
public final class AcronymDefinitions {

    private static final Pattern IN_PARENTHESES = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z&.]{1,11})\\s*\\)");
    private static final Set<String> SMALL_WORDS = Set.of("for", "of", "the", "and", "on", "in", "at", "to", "&");

    private AcronymDefinitions() {}

    /** Acronym (as written) → the key of the entity it abbreviates, for every definition in the article. */
    public static Map<String, String> in(String text, List<ArticleEnriched.Entity> entities,
            List<ArticleEnriched.Mention> mentions) {
        Map<String, ArticleEnriched.Entity> byKey = new HashMap<>();
        entities.forEach(entity -> byKey.put(entity.key(), entity));
        Map<String, String> definitions = new HashMap<>();
        for (ArticleEnriched.Mention mention : mentions) {
            ArticleEnriched.Entity entity = byKey.get(mention.entityKey());
            if (entity == null || "PERSON".equals(entity.type()) || entity.name() == null || text == null
                    || mention.end() > text.length()) {
                continue;
            }
            Matcher m = IN_PARENTHESES.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 16)));
            if (m.find() && abbreviates(m.group(1), entity.name())) {
                definitions.putIfAbsent(m.group(1), entity.key());
            }
        }
        return definitions;
    }

    /** Whether {@code acronym}'s capitals are the initials of {@code name}'s words (all, or all but the small ones). */
    static boolean abbreviates(String acronym, String name) {
        String letters = acronym.replaceAll("[^A-Z&]", "").toLowerCase(Locale.ROOT);
        String[] words = name.split("[\\s-]+");
        if (letters.length() < 2 || words.length < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String initial = word.substring(0, 1).toLowerCase(Locale.ROOT);
            all.append(initial);
            if (!SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                content.append(initial);
            }
        }
        return letters.contentEquals(all) || letters.contentEquals(content);
    }
}
