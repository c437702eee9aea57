package io.quotewire.query.persistence;

import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Finds quotes across articles by speaker, by what they are about, and by their words. */
@ApplicationScoped
public class QuoteQueries {

    private static final String FROM = "FROM quote qu JOIN article a ON a.id = qu.article_id";
    private static final String ORDER = " ORDER BY a.received_at DESC NULLS LAST, qu.article_id, qu.start_offset, qu.id";

    private final NativeQueries nativeQueries;

    public QuoteQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /** One page of matching quote ids (newest article first, then in text order) and the number of all matches. */
    public IdPage<Number> find(QuoteFilter filter, PageRequest page) {
        SqlWhere where = where(filter);
        List<Number> ids = nativeQueries.page("SELECT qu.id " + FROM + where.sql() + ORDER, where, page);
        long total = nativeQueries.count("SELECT count(*) " + FROM + where.sql(), where);
        return new IdPage<>(ids, total);
    }

    /** The ids of every quote the entity said, in the same order. */
    public List<Number> saidBy(long entityId) {
        SqlWhere where = new SqlWhere().and("qu.speaker_entity_id = :entity", Map.of("entity", entityId));
        return nativeQueries.all("SELECT qu.id " + FROM + where.sql() + ORDER, where);
    }

    private static SqlWhere where(QuoteFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter.speaker() != null) {
            where.and(SqlTerms.speakerMatches("speaker"), SqlTerms.entityParameters("speaker", filter.speaker()));
        }
        if (filter.about() != null) {
            where.and("(qu.search_vector @@ websearch_to_tsquery('english', :about)"
                            + " OR EXISTS (SELECT 1 FROM mention m WHERE m.article_id = qu.article_id"
                            + " AND m.start_offset >= qu.start_offset AND m.end_offset <= qu.end_offset"
                            + " AND m.entity_id IN (" + SqlTerms.entityIds("aboutEntity") + ")))",
                    merge(Map.of("about", filter.about()), SqlTerms.entityParameters("aboutEntity", filter.about())));
        }
        if (filter.q() != null) {
            where.and("qu.search_vector @@ websearch_to_tsquery('english', :q)", Map.of("q", filter.q()));
        }
        return where;
    }

    private static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> merged = new java.util.HashMap<>(first);
        merged.putAll(second);
        return merged;
    }
}
