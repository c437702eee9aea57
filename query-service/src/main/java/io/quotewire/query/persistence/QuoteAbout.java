package io.quotewire.query.persistence;

import io.quotewire.query.domain.AboutMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of {@code about=}: a {@code WITH} clause whose {@code best} relation holds, for every quote about the term,
 * its id and the rank of its strongest {@link AboutMatch}. Each kind is found through its own index — the quote's
 * words and its passage by their full-text GIN indexes, the entities so named through the mention index — and the
 * union is taken before anything else is joined, so the cost follows the matches, not the store.
 *
 * @param sql the {@code WITH about AS (…), best AS (…)} prefix
 * @param parameters the named parameters it binds
 */
public record QuoteAbout(String sql, Map<String, Object> parameters) {

    /** The entities a term names, with their canonical names (looked up first, so the mention index can be used). */
    public record NamedBy(List<Long> ids, List<String> names) {}

    /**
     * The {@code WITH} clause for {@code term}: its words (websearch syntax) unless it is only an entity's id, and the
     * canonical names and mentions of the entities it names.
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
        StringBuilder union = new StringBuilder();
        if (!words.isEmpty()) {
            union.append("SELECT qu.id, ").append(AboutMatch.QUOTE.rank())
                    .append(" AS kind FROM quote qu WHERE qu.search_vector @@ (").append(words).append(")")
                    .append(" UNION ALL SELECT qu.id, ").append(AboutMatch.CONTEXT.rank())
                    .append(" FROM quote qu WHERE qu.context_vector @@ (").append(words).append(")");
        }
        if (!entities.ids().isEmpty()) {
            // Ids come from the database as numbers, so writing them into the SQL is safe.
            String ids = entities.ids().stream().map(String::valueOf).collect(Collectors.joining(", "));
            String mentions = " FROM mention m JOIN quote qu ON qu.article_id = m.article_id WHERE m.entity_id IN ("
                    + ids + ") AND ";
            union.append(union.isEmpty() ? "" : " UNION ALL ")
                    .append("SELECT qu.id, ").append(AboutMatch.REFERENCE.rank()).append(mentions)
                    .append("m.start_offset >= qu.start_offset AND m.end_offset <= qu.end_offset")
                    // The speaker named in the cue is who said it, not what it is about.
                    .append(" UNION ALL SELECT qu.id, ").append(AboutMatch.CONTEXT.rank()).append(mentions)
                    .append("m.start_offset >= qu.context_start AND m.end_offset <= qu.context_end")
                    .append(" AND NOT (qu.mention_start IS NOT NULL AND m.start_offset >= qu.mention_start")
                    .append(" AND m.end_offset <= qu.mention_end)");
        }
        return new QuoteAbout("WITH about AS MATERIALIZED (" + union + "),"
                + " best AS (SELECT id, min(kind) AS kind FROM about GROUP BY id) ", parameters);
    }
}
