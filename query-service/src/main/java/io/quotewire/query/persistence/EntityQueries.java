package io.quotewire.query.persistence;

import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds canonical entities with their article, mention and quote counts (kept on the entity by the writer), the most
 * widely named first.
 */
@ApplicationScoped
public class EntityQueries {

    private final NativeQueries nativeQueries;

    public EntityQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /** One page of {@link EntityCounts} and the number of all matching entities. */
    public CountedPage find(EntityFilter filter, PageRequest page) {
        SqlWhere where = where(filter);
        List<Object[]> rows = nativeQueries.page("""
                SELECT e.id, e.article_count, e.mention_count, e.quote_count
                FROM entity e""" + where.sql()
                        + " ORDER BY e.article_count DESC, e.mention_count DESC, e.canonical_name, e.id",
                where, page);
        long total = nativeQueries.count("SELECT count(*) FROM entity e" + where.sql(), where);
        List<EntityCounts> counts = rows.stream()
                .map(row -> new EntityCounts(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
        return new CountedPage(counts, total);
    }

    private static SqlWhere where(EntityFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter.type() != null) {
            where.and("e.type = :type", Map.of("type", filter.type().toUpperCase(Locale.ROOT)));
        }
        if (filter.q() != null) {
            // The canonical name is one of the aliases, so one alias search covers both.
            where.and("EXISTS (SELECT 1 FROM entity_alias al WHERE al.entity_id = e.id"
                            + " AND to_tsvector('simple', al.normalized_alias) @@ to_tsquery('simple', :words))",
                    Map.of("words", SqlTerms.prefixQuery(filter.q())));
        }
        return where;
    }

    /** How often the entity's mentions use each spelling, e.g. {"Kim": 12, "Kim Jong Un": 3}. */
    public Map<String, Long> mentionTexts(long entityId) {
        SqlWhere where = new SqlWhere().and("m.entity_id = :entity", Map.of("entity", entityId));
        List<Object[]> rows = nativeQueries.all(
                "SELECT m.text, count(*) FROM mention m" + where.sql() + " GROUP BY m.text", where);
        Map<String, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many articles name an entity, how often it is mentioned, and how many quotes it said. */
    public record EntityCounts(long entityId, long articles, long mentions, long quotes) {}

    /** One page of entity counts and the number of all matches. */
    public record CountedPage(List<EntityCounts> items, long total) {}
}
