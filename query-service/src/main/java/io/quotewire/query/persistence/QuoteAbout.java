package io.quotewire.query.persistence;

import io.quotewire.query.domain.AboutMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL of {@code about=}, in two forms. {@link #candidates} finds the matching quotes through GIN indexes — the
 * quote's words and its passage by full text, the entities named inside it and in its passage by their id arrays —
 * as rows {@code (id, kind)}, one per way a quote matches, so its cost follows the matches, not the store.
 * {@link #matches(AboutMatch)} says of one quote {@code qu} whether that is its strongest match, for walking the newest
 * articles when there are too many matches to sort.
 *
 * @param words the full-text query of the term's words and of the named entities' canonical names, null when none
 * @param entityIds the ids of the entities the term names (from the database, so safe to write into the SQL)
 * @param parameters the named parameters {@code words} binds
 */
public record QuoteAbout(String words, List<Long> entityIds, Map<String, Object> parameters) {

    /** The entities a term names, with their canonical names (looked up first, so the mention index can be used). */
    public record NamedBy(List<Long> ids, List<String> names) {}

    /**
     * The SQL for {@code term}: its words (websearch syntax) unless it is only an entity's id, and the canonical names
     * and mentions of the entities it names.
     */
    public static QuoteAbout of(String term, NamedBy entities) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder words = new StringBuilder();
        boolean onlyAnId = term.strip().chars().allMatch(Character::isDigit) && !entities.ids().isEmpty();
        if (!onlyAnId) {
            words.append("websearch_to_tsquery('english', :about)");
            parameters.put("about", term);
        }
        for (int i = 0; i < entities.names().size(); i++) {
            words.append(words.isEmpty() ? "" : " || ").append("phraseto_tsquery('english', :about_name").append(i)
                    .append(")");
            parameters.put("about_name" + i, entities.names().get(i));
        }
        return new QuoteAbout(words.isEmpty() ? null : "(" + words + ")", List.copyOf(entities.ids()), parameters);
    }

    /**
     * {@code SELECT id, kind} rows (kind = {@link AboutMatch#rank()}) of the quotes matching, through the indexes,
     * each restricted by {@code filters} ({@code " AND …"} over {@code qu}, or empty).
     */
    public String candidates(String filters) {
        List<String> selects = new ArrayList<>();
        for (AboutMatch kind : AboutMatch.values()) {
            String ofKind = candidates(kind, filters);
            if (ofKind != null) {
                selects.add(ofKind.replace("SELECT qu.id FROM", "SELECT qu.id, " + kind.rank() + " AS kind FROM"));
            }
        }
        return String.join(" UNION ALL ", selects);
    }

    /** {@code SELECT id} rows of the quotes matching as {@code kind} (maybe also more strongly); null when none can. */
    public String candidates(AboutMatch kind, String filters) {
        List<String> selects = new ArrayList<>();
        if (kind == AboutMatch.QUOTE && words != null) {
            selects.add("SELECT qu.id FROM quote qu WHERE qu.search_vector @@ " + words + filters);
        }
        if (kind == AboutMatch.REFERENCE && !entityIds.isEmpty()) {
            selects.add("SELECT qu.id FROM quote qu WHERE qu.quote_entity_ids && " + ids() + filters);
        }
        if (kind == AboutMatch.CONTEXT && words != null) {
            selects.add("SELECT qu.id FROM quote qu WHERE qu.context_vector @@ " + words + filters);
        }
        if (kind == AboutMatch.CONTEXT && !entityIds.isEmpty()) {
            selects.add("SELECT qu.id FROM quote qu WHERE qu.context_entity_ids && " + ids() + filters);
        }
        return selects.isEmpty() ? null : String.join(" UNION ALL ", selects);
    }

    /** A condition true when {@code match} is the strongest way the quote {@code qu} is about the term. */
    public String matches(AboutMatch match) {
        return "(" + noStrongerThan(match) + " AND " + condition(match) + ")";
    }

    /** A condition true when the quote {@code qu} matches no kind stronger than {@code match}. */
    public String noStrongerThan(AboutMatch match) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        for (AboutMatch stronger : AboutMatch.values()) {
            if (stronger == match) {
                break;
            }
            conditions.add("NOT " + condition(stronger));
        }
        return "(" + String.join(" AND ", conditions) + ")";
    }

    /** The parameters {@code sql} names (a statement of one kind may name none of the term's words). */
    public Map<String, Object> parametersIn(String sql) {
        Map<String, Object> used = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "(?![A-Za-z0-9_])").matcher(sql).find()) {
                used.put(name, value);
            }
        });
        return used;
    }

    private String condition(AboutMatch match) {
        return switch (match) {
            case QUOTE -> words == null ? "false" : "(qu.search_vector @@ " + words + ")";
            case REFERENCE -> entityIds.isEmpty() ? "false" : "(qu.quote_entity_ids && " + ids() + ")";
            case CONTEXT -> "(" + (words == null ? "false" : "qu.context_vector @@ " + words)
                    + (entityIds.isEmpty() ? "" : " OR qu.context_entity_ids && " + ids()) + ")";
        };
    }

    /** The entity ids as an array literal; they come from the database as numbers, so writing them in is safe. */
    private String ids() {
        return "ARRAY[" + entityIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]::bigint[]";
    }
}
