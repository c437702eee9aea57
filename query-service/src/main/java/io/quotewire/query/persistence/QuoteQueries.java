package io.quotewire.query.persistence;

import io.quotewire.query.domain.AboutMatch;
import io.quotewire.query.domain.NameNormalizer;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.Total;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Finds quotes across articles by speaker, by what they are about ({@link QuoteAbout}), and by their words. */
@ApplicationScoped
public class QuoteQueries {

    /** Counting stops past this many matches: the total is then "1000+". */
    public static final int COUNT_CAP = 1000;
    /**
     * Rows of {@code about=} candidates (a quote may match several ways) sorted at once before walking instead. Each
     * kind is counted up to it through its GIN index, whose bitmap has to visit every counted row: at four times the
     * count cap, counting a common name's context matches took 55 ms at 15,000 articles.
     */
    private static final int ABOUT_ROWS_CAP = COUNT_CAP;

    private static final String FROM = "FROM quote qu JOIN article a ON a.id = qu.article_id";
    private static final String ORDER = " ORDER BY a.received_at DESC NULLS LAST, qu.article_id, qu.start_offset, qu.id";
    /**
     * {@link #ORDER} for a few gathered quotes {@code qu}, by the article date each carries (V12), without a join:
     * joined, the planner, expecting a thousand rows where there was one, hashed every article (30 ms at 45,000
     * articles, growing with the store).
     */
    private static final String ORDER_GATHERED = " ORDER BY qu.article_received_at DESC NULLS LAST, qu.article_id,"
            + " qu.start_offset, qu.id";

    private final NativeQueries nativeQueries;
    private final QuotesAboutEntities aboutEntities;

    public QuoteQueries(NativeQueries nativeQueries, QuotesAboutEntities aboutEntities) {
        this.nativeQueries = nativeQueries;
        this.aboutEntities = aboutEntities;
    }

    /**
     * One page of matching quote ids (newest article first, then in text order) and the number of matches, counted
     * up to {@link #COUNT_CAP}; {@code filter.about()} is not read here but by {@link #findAbout}.
     */
    public IdPage<Number> find(QuoteFilter filter, PageRequest page) {
        List<Long> speakerIds = filter.speaker() == null ? List.of() : speakerEntityIds(filter.speaker());
        if (speakerOnly(filter)) {
            return spokenBy(speakerIds, NameNormalizer.normalize(filter.speaker()), page);
        }
        SqlWhere where = where(filter, speakerIds);
        // A repeated quote is listed once, at its first occurrence. The count needs no article: it reads the quote
        // indexes only, and stops after the cap.
        Total total = Total.capped(nativeQueries.count(
                "SELECT count(*) FROM (SELECT 1 FROM quote qu" + where.sql() + " LIMIT " + (COUNT_CAP + 1) + ") c",
                where), COUNT_CAP);
        if (total.count() == 0) {
            return new IdPage<>(List.of(), total);
        }
        List<Number> ids = total.lowerBound()
                // Many matches: walking the newest articles finds a page's worth soon.
                ? nativeQueries.page("SELECT qu.id " + FROM + where.sql() + ORDER, where, page)
                // Few: fetch them all through the indexes, then sort. Without the fence the planner may walk every
                // article looking for matches it underestimated.
                : nativeQueries.page("WITH matches AS MATERIALIZED (SELECT qu.id, qu.article_received_at, qu.article_id,"
                        + " qu.start_offset"
                        + " FROM quote qu" + where.sql() + ") SELECT qu.id FROM matches qu" + ORDER_GATHERED, where, page);
        return new IdPage<>(ids, total);
    }

    /**
     * One page of the quotes about {@code filter.about()} (and matching its other filters), strongest match first
     * ({@link AboutMatch}), then newest article first and in text order, as the other quote lists; the total is exact
     * up to {@link #COUNT_CAP} matches, a lower bound past it. A term that names entities (a name, an alias or an
     * id) is about them as the NLP resolved them ({@link QuotesAboutEntities}); any other term by its words.
     */
    public IdPage<QuoteMatch> findAbout(QuoteFilter filter, PageRequest page) {
        List<Long> speakerIds = filter.speaker() == null ? List.of() : speakerEntityIds(filter.speaker());
        // A scare quote ("end-of-war") is the writer's word, not anyone quoted about anything.
        Supplier<SqlWhere> filters = () -> where(filter, speakerIds).and("qu.kind <> 'term'", Map.of());
        List<Long> entityIds = entityIds(SqlTerms.entityIds("about"), "about", filter.about());
        return entityIds.isEmpty() ? findAboutWords(QuoteAbout.of(filter.about()), filters, page)
                : aboutEntities.find(entityIds, filters(filter, speakerIds, new SqlWhere()), page);
    }

    /** {@link #findAbout} for a term's words, through the full-text indexes of the quotes and their passages. */
    private IdPage<QuoteMatch> findAboutWords(QuoteAbout about, Supplier<SqlWhere> where, PageRequest page) {
        SqlWhere filters = where.get();
        String candidates = about.candidates(filters.andSql());
        Supplier<SqlWhere> bound = () -> where.get().with(about.parameters());
        // Each kind counted through its indexes, up to a bound: one row per way a quote matches.
        Map<AboutMatch, long[]> counted = new java.util.EnumMap<>(AboutMatch.class);
        long rows = 0;
        for (AboutMatch kind : AboutMatch.values()) {
            String ofKind = about.candidates(kind, filters.andSql());
            if (ofKind == null) {
                counted.put(kind, new long[] {0, 0});
                continue;
            }
            String countSql = "SELECT count(*), count(DISTINCT id) FROM (" + ofKind + " LIMIT " + (ABOUT_ROWS_CAP + 1)
                    + ") c";
            Object[] count = (Object[]) nativeQueries.all(countSql, bound.get()).get(0);
            counted.put(kind, new long[] {((Number) count[0]).longValue(), ((Number) count[1]).longValue()});
            rows += counted.get(kind)[0];
        }
        if (rows <= ABOUT_ROWS_CAP) {
            return sortedAbout(candidates, bound, page);
        }
        // Many matches: kind by kind, strongest first; a kind with many is walked newest article first, one with few
        // is gathered and sorted. The most distinct quotes of one kind are a lower bound of the total.
        long atLeast = counted.values().stream().mapToLong(count -> count[1]).max().orElse(0);
        Total total = new Total(Math.min(atLeast, COUNT_CAP), true);
        List<QuoteMatch> matches = new ArrayList<>();
        int skip = page.offset();
        for (AboutMatch kind : AboutMatch.values()) {
            int wanted = page.size() - matches.size();
            if (wanted == 0) {
                break;
            }
            String ofKind = counted.get(kind)[0] > ABOUT_ROWS_CAP
                    ? " FROM quote qu JOIN article a ON a.id = qu.article_id WHERE " + about.matches(kind) + filters.andSql()
                    : counted.get(kind)[0] == 0 ? null
                    : " FROM quote qu WHERE qu.id IN (SELECT id FROM ("
                            + about.candidates(kind, filters.andSql()) + ") c) AND " + about.noStrongerThan(kind);
            if (ofKind == null) {
                continue;
            }
            String pageSql = "SELECT qu.id" + ofKind + (counted.get(kind)[0] > ABOUT_ROWS_CAP ? ORDER : ORDER_GATHERED);
            List<Number> ids = nativeQueries.slice(pageSql, bound.get(), skip, wanted);
            ids.forEach(id -> matches.add(new QuoteMatch(id.longValue(), kind)));
            if (ids.size() < wanted) {
                // This kind ran out within the page: what is left to skip falls on the next kind.
                String countSql = "SELECT count(*) FROM (SELECT 1" + ofKind + " LIMIT " + skip + ") k";
                skip = ids.isEmpty() && skip > 0
                        ? (int) Math.max(0, skip - nativeQueries.count(countSql, bound.get())) : 0;
            }
        }
        return new IdPage<>(matches, total);
    }

    /** Few matches: all of them, gathered through the indexes, each by its strongest kind, sorted; exact total. */
    private IdPage<QuoteMatch> sortedAbout(String candidates, Supplier<SqlWhere> bound, PageRequest page) {
        String best = "WITH about AS MATERIALIZED (" + candidates + "),"
                + " best AS (SELECT id, min(kind) AS kind FROM about GROUP BY id)";
        String pageSql = best + " SELECT qu.id, best.kind, count(*) OVER ()"
                + " FROM best JOIN quote qu ON qu.id = best.id"
                + " ORDER BY best.kind," + ORDER_GATHERED.substring(" ORDER BY".length());
        List<Object[]> rows = nativeQueries.page(pageSql, bound.get(), page);
        String countSql = best + " SELECT count(*) FROM best";
        long total = rows.isEmpty()
                ? (page.offset() == 0 ? 0 : nativeQueries.count(countSql, bound.get()))
                : ((Number) rows.get(0)[2]).longValue();
        List<QuoteMatch> matches = rows.stream()
                .map(row -> new QuoteMatch(((Number) row[0]).longValue(), AboutMatch.ofRank(((Number) row[1]).intValue())))
                .toList();
        return new IdPage<>(matches, new Total(total, false));
    }

    /** A quote about the term, and why. */
    public record QuoteMatch(long quoteId, AboutMatch match) {}

    /** The ids of every quote the entity said (each once, at its first occurrence), in the same order. */
    public List<Number> saidBy(long entityId) {
        SqlWhere where = new SqlWhere().and("qu.speaker_entity_id = :entity AND qu.duplicate_of IS NULL",
                Map.of("entity", entityId));
        return nativeQueries.all("SELECT qu.id FROM quote qu" + where.sql() + ORDER_GATHERED, where);
    }

    /**
     * {@link #find} by speaker alone: the first occurrences of each entity the term names, from quote_said_idx, and
     * of each speaker without an entity whose name has the term's words, from quote_unlinked_said_idx (V12, V13),
     * each read newest first only as far as the page (or the count's cap) needs, then merged. The sources are
     * disjoint, so their counts add up.
     */
    private IdPage<Number> spokenBy(List<Long> entityIds, String normalizedName, PageRequest page) {
        SqlWhere named = new SqlWhere().with(Map.of("speaker_name", normalizedName));
        List<String> nameKeys = nativeQueries.all(SqlTerms.unlinkedSpeakerKeys("speaker_name"), named);
        if (entityIds.isEmpty() && nameKeys.isEmpty()) {
            return new IdPage<>(List.of(), new Total(0, false));
        }
        Map<String, Object> byName = new HashMap<>();
        for (int i = 0; i < nameKeys.size(); i++) {
            byName.put("name_key" + i, nameKeys.get(i));
        }
        SqlWhere keys = new SqlWhere().with(byName);
        String order = ORDER_GATHERED.replace("qu.", "s.");
        List<Number> ids = nativeQueries.page("SELECT s.id FROM ("
                + spokenBySources(entityIds, nameKeys.size(), ORDER_GATHERED, page.offset() + page.size()) + ") s" + order,
                keys, page);
        // Unordered, a count stops after the cap in whatever order the index gives (ordered, the planner sorted
        // every quote of an unlinked name it underestimated: 21 ms for 4,560 quotes); the outer limit stops it after
        // the cap over all sources together, not after the cap of each.
        Total total = page.offset() == 0 && ids.size() < page.size() ? new Total(ids.size(), false)
                : Total.capped(nativeQueries.count("SELECT count(*) FROM (SELECT 1 FROM ("
                        + spokenBySources(entityIds, nameKeys.size(), "", COUNT_CAP + 1) + ") u LIMIT " + (COUNT_CAP + 1)
                        + ") s", keys), COUNT_CAP);
        return new IdPage<>(ids, total);
    }

    /**
     * The first {@code limit} first occurrences of each source of {@link #spokenBy} in {@code order} (an ORDER BY, or
     * empty for any order), one sub-select each: the entities, and the unlinked names bound as {@code :name_key0} to
     * {@code :name_key<names - 1>}.
     */
    private static String spokenBySources(List<Long> entityIds, int names, String order, int limit) {
        String columns = "SELECT qu.id, qu.article_received_at, qu.article_id, qu.start_offset FROM quote qu WHERE ";
        String tail = " AND qu.duplicate_of IS NULL" + order + " LIMIT " + limit + ")";
        List<String> sources = new ArrayList<>();
        // Ids come from the database as numbers, so writing them into the SQL is safe.
        entityIds.forEach(id -> sources.add("(" + columns + "qu.speaker_entity_id = " + id + tail));
        for (int i = 0; i < names; i++) {
            sources.add("(" + columns + "qu.speaker_entity_id IS NULL AND md5(qu.speaker_normalized_name) = :name_key" + i
                    + tail);
        }
        return String.join(" UNION ALL ", sources);
    }

    private static boolean speakerOnly(QuoteFilter filter) {
        return filter.speaker() != null && filter.about() == null && filter.q() == null && filter.dates().isAny();
    }

    /** A quote {@code qu} listed (a first occurrence) that matches the filters. */
    private static SqlWhere where(QuoteFilter filter, List<Long> speakerIds) {
        return filters(filter, speakerIds, new SqlWhere().and("qu.duplicate_of IS NULL", Map.of()));
    }

    /** {@code where} and the speaker, date and words filters over {@code qu} (none of them: {@code where} alone). */
    private static SqlWhere filters(QuoteFilter filter, List<Long> speakerIds, SqlWhere where) {
        if (!filter.dates().isAny()) {
            Map.Entry<String, Map<String, Object>> dated = SqlTerms.dated("ad", filter.dates());
            where.and("EXISTS (SELECT 1 FROM article ad WHERE ad.id = qu.article_id AND " + dated.getKey() + ")",
                    dated.getValue());
        }
        if (filter.speaker() != null) {
            where.and(SqlTerms.speakerMatches(speakerIds, "speaker_name"),
                    Map.of("speaker_name", NameNormalizer.normalize(filter.speaker())));
        }
        if (filter.q() != null) {
            where.and("qu.search_vector @@ websearch_to_tsquery('english', :q)", Map.of("q", filter.q()));
        }
        return where;
    }

    /** The ids of the entities a speaker term names, looked up first so the quote indexes can combine. */
    private List<Long> speakerEntityIds(String term) {
        return entityIds(SqlTerms.speakerEntityIds("speaker"), "speaker", term);
    }

    /** The ids {@code sql} selects for {@code term}, bound as {@link SqlTerms#entityParameters} with {@code prefix}. */
    private List<Long> entityIds(String sql, String prefix, String term) {
        SqlWhere where = new SqlWhere().with(SqlTerms.entityParameters(prefix, term));
        List<Number> ids = nativeQueries.all(sql, where);
        return ids.stream().map(Number::longValue).sorted().distinct().toList();
    }
}
