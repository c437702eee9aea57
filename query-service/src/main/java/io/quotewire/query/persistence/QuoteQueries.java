package io.quotewire.query.persistence;

import io.quotewire.query.domain.NameNormalizer;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.Total;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds quotes across articles by speaker, by what they are about, and by their words. */
@ApplicationScoped
public class QuoteQueries {

    /** Counting stops past this many matches: the total is then "1000+". */
    public static final int COUNT_CAP = 1000;

    private static final String FROM = "FROM quote qu JOIN article a ON a.id = qu.article_id";
    private static final String ORDER = " ORDER BY a.received_at DESC NULLS LAST, qu.article_id, qu.start_offset, qu.id";

    private final NativeQueries nativeQueries;

    public QuoteQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /**
     * One page of matching quote ids (newest article first, then in text order) and the number of matches, counted
     * up to {@link #COUNT_CAP}.
     */
    public IdPage<Number> find(QuoteFilter filter, PageRequest page) {
        List<Long> speakerIds = filter.speaker() == null ? List.of() : speakerEntityIds(filter.speaker());
        SqlWhere where = where(filter, speakerIds);
        Total total = speakerOnly(filter) ? countSaidByEntities(speakerIds) : new Total(0, false);
        // A repeated quote is listed once, at its first occurrence.
        if (!total.lowerBound()) {
            // The count needs no article: it reads the quote indexes only, and stops after the cap.
            total = Total.capped(nativeQueries.count(
                    "SELECT count(*) FROM (SELECT 1 FROM quote qu" + where.sql() + " LIMIT " + (COUNT_CAP + 1) + ") c",
                    where), COUNT_CAP);
        }
        if (total.count() == 0) {
            return new IdPage<>(List.of(), total);
        }
        List<Number> ids = total.lowerBound()
                // Many matches: walking the newest articles finds a page's worth soon.
                ? nativeQueries.page("SELECT qu.id " + FROM + where.sql() + ORDER, where, page)
                // Few: fetch them all through the indexes, then sort. Without the fence the planner may walk every
                // article looking for matches it underestimated.
                : nativeQueries.page("WITH matches AS MATERIALIZED (SELECT qu.id, qu.article_id, qu.start_offset"
                        + " FROM quote qu" + where.sql() + ") SELECT qu.id FROM matches qu"
                        + " JOIN article a ON a.id = qu.article_id" + ORDER, where, page);
        return new IdPage<>(ids, total);
    }

    /** The ids of every quote the entity said (each once, at its first occurrence), in the same order. */
    public List<Number> saidBy(long entityId) {
        SqlWhere where = new SqlWhere().and("qu.speaker_entity_id = :entity AND qu.duplicate_of IS NULL",
                Map.of("entity", entityId));
        return nativeQueries.all("SELECT qu.id " + FROM + where.sql() + ORDER, where);
    }

    /**
     * The quotes said by these entities, counted up to the cap through the speaker index alone (which, unlike the
     * bitmap the name's words need, can stop early): a speaker quoted more often than the cap needs no other count.
     */
    private Total countSaidByEntities(List<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return new Total(0, false);
        }
        SqlWhere where = new SqlWhere().and("qu.speaker_entity_id IN (:ids) AND qu.duplicate_of IS NULL",
                Map.of("ids", entityIds));
        return Total.capped(nativeQueries.count("SELECT count(*) FROM (SELECT 1 FROM quote qu" + where.sql()
                + " LIMIT " + (COUNT_CAP + 1) + ") c", where), COUNT_CAP);
    }

    private static boolean speakerOnly(QuoteFilter filter) {
        return filter.speaker() != null && filter.about() == null && filter.q() == null && filter.dates().isAny();
    }

    private static SqlWhere where(QuoteFilter filter, List<Long> speakerIds) {
        SqlWhere where = new SqlWhere().and("qu.duplicate_of IS NULL", Map.of());
        if (!filter.dates().isAny()) {
            Map.Entry<String, Map<String, Object>> dated = SqlTerms.dated("ad", filter.dates());
            where.and("EXISTS (SELECT 1 FROM article ad WHERE ad.id = qu.article_id AND " + dated.getKey() + ")",
                    dated.getValue());
        }
        if (filter.speaker() != null) {
            where.and(SqlTerms.speakerMatches(speakerIds, "speaker_name"),
                    Map.of("speaker_name", NameNormalizer.normalize(filter.speaker())));
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

    /** The ids of the entities a speaker term names, looked up first so the quote indexes can combine. */
    private List<Long> speakerEntityIds(String term) {
        SqlWhere where = new SqlWhere().with(SqlTerms.entityParameters("speaker", term));
        List<Number> ids = nativeQueries.all(SqlTerms.entityIds("speaker"), where);
        return ids.stream().map(Number::longValue).toList();
    }

    private static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> merged = new HashMap<>(first);
        merged.putAll(second);
        return merged;
    }
}
