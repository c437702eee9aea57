package io.quotewire.query.persistence;

import io.quotewire.query.domain.ArticleFilter;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.Total;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Finds the ids of articles matching the list filters, newest first. */
@ApplicationScoped
public class ArticleQueries {

    private final NativeQueries nativeQueries;

    public ArticleQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /** One page of matching article ids and the number of all matches. */
    public IdPage<String> find(ArticleFilter filter, PageRequest page) {
        SqlWhere where = where(filter);
        List<String> ids = nativeQueries.page(
                "SELECT a.id FROM article a" + where.sql() + " ORDER BY a.received_at DESC NULLS LAST, a.id",
                where, page);
        long total = nativeQueries.count("SELECT count(*) FROM article a" + where.sql(), where);
        return new IdPage<>(ids, new Total(total, false));
    }

    /** The ids of all articles naming the entity, newest first. */
    public List<String> namingEntity(long entityId) {
        SqlWhere where = new SqlWhere().and(
                "EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_id = a.id AND ae.entity_id = :entity)",
                Map.of("entity", entityId));
        return nativeQueries.all(
                "SELECT a.id FROM article a" + where.sql() + " ORDER BY a.received_at DESC NULLS LAST, a.id", where);
    }

    private static SqlWhere where(ArticleFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter.q() != null) {
            where.and("a.search_vector @@ websearch_to_tsquery('english', :q)", Map.of("q", filter.q()));
        }
        if (filter.entity() != null) {
            where.and("EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_id = a.id AND ae.entity_id IN ("
                            + SqlTerms.entityIds("entity") + "))",
                    SqlTerms.entityParameters("entity", filter.entity()));
        }
        if (filter.speaker() != null) {
            where.and("EXISTS (SELECT 1 FROM quote qu WHERE qu.article_id = a.id AND "
                            + SqlTerms.speakerMatches("speaker") + ")",
                    SqlTerms.entityParameters("speaker", filter.speaker()));
        }
        if (filter.status() != null) {
            where.and("a.status = :status", Map.of("status", filter.status().name()));
        }
        if (!filter.dates().isAny()) {
            Map.Entry<String, Map<String, Object>> dated = SqlTerms.dated("a", filter.dates());
            where.and(dated.getKey(), dated.getValue());
        }
        return where;
    }
}
