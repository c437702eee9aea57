package io.quotewire.query.persistence;

import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.Total;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL full-text search over articles and quotes together, ranked, with marked snippets. Ranking is bounded:
 * it reads the vectors of at most {@link #CANDIDATES} matching articles ({@code article_search_candidates}, V11,
 * always through the index) and as many matching quotes (the first the full-text indexes yield), so a word found in
 * most of 100,000 articles costs what a rarer one does. The query's words are written into each condition as a
 * constant (not read from the CTE), so that the planner can take the index for them.
 */
@ApplicationScoped
public class SearchQueries {

    /** Marks ts_headline puts around matches; control characters, so no article text can forge them. */
    public static final String MATCH_START = "\u0002";
    public static final String MATCH_END = "\u0003";

    /** Matching articles, and matching quotes, ranked per query at most. */
    public static final int CANDIDATES = 200;

    /** Characters of an article around its first match that its snippet is built from. */
    private static final int EXCERPT_BEFORE = 300;
    private static final int EXCERPT_LENGTH = 1200;

    /**
     * Characters of an article searched first for the first match, the whole text only when they hold none: lowering
     * and searching all of the largest accepted article (a million characters) took 10 ms of a 33 ms search, its
     * first 100,000 (decompressed alone) 2 ms, and a news article is shorter than that anyway.
     */
    private static final int FIRST_MATCH_SCAN = 100_000;

    /**
     * Ranks the candidates, then builds snippets for the requested page only: ts_headline parses what it is given,
     * so an article's snippet comes from an excerpt around the first place one of the query's stems occurs (the
     * text's start when none does), not from the whole text. Each row also carries how many article and quote
     * candidates there were.
     */
    private static final String HITS = """
            WITH query AS MATERIALIZED (
                SELECT websearch_to_tsquery('english', :q) AS q,
                       tsvector_to_array(to_tsvector('english', :q)) AS stems),
            articles AS (
                SELECT c.* FROM query, article_search_candidates(query.q, :candidates) c),
            quotes AS (
                SELECT qu.id, qu.article_id, qu.speaker_name, qu.search_vector FROM quote qu
                WHERE qu.search_vector @@ websearch_to_tsquery('english', :q) LIMIT :candidates),
            ranked AS (
                SELECT 'article' AS kind, c.id AS article_id, c.title, CAST(NULL AS bigint) AS quote_id,
                       CAST(NULL AS text) AS speaker_name, c.rank
                FROM articles c
                UNION ALL
                SELECT 'quote', c.article_id, CAST(NULL AS text), c.id, c.speaker_name, ts_rank(c.search_vector, query.q)
                FROM quotes c, query),
            page AS (
                SELECT r.*, count(*) FILTER (WHERE r.kind = 'article') OVER () AS article_candidates,
                       count(*) FILTER (WHERE r.kind = 'quote') OVER () AS quote_candidates
                FROM ranked r
                ORDER BY r.rank DESC, r.kind, r.article_id, r.quote_id
                LIMIT :limit OFFSET :offset)
            SELECT p.kind, p.article_id, coalesce(p.title, a.title), p.quote_id, p.speaker_name,
                   ts_headline('english',
                       CASE WHEN p.kind = 'article' THEN substr(coalesce(a.text, ''), greatest(1, coalesce(
                               (SELECT min(coalesce(nullif(strpos(lower(substr(a.text, 1, :scan)), stem), 0),
                                       nullif(strpos(lower(a.text), stem), 0))) FROM unnest(query.stems) stem),
                               1) - :before), :length)
                            ELSE qu.text END,
                       query.q, :options),
                   p.rank, p.article_candidates, p.quote_candidates
            FROM page p JOIN article a ON a.id = p.article_id LEFT JOIN quote qu ON qu.id = p.quote_id, query
            ORDER BY p.rank DESC, p.kind, p.article_id, p.quote_id""";

    /** The candidate counts alone, for a page past the last hit. */
    private static final String CANDIDATE_COUNTS = """
            SELECT (SELECT count(*) FROM article_search_candidates(websearch_to_tsquery('english', :q), :candidates)),
                   (SELECT count(*) FROM (SELECT 1 FROM quote qu
                        WHERE qu.search_vector @@ websearch_to_tsquery('english', :q) LIMIT :candidates) c)""";

    private static final String OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final NativeQueries nativeQueries;

    public SearchQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /**
     * One page of hits as rows {@code kind, article_id, title, quote_id, speaker_name, snippet, rank,
     * article_candidates, quote_candidates}, best first.
     */
    public List<Object[]> hits(String q, PageRequest page) {
        return nativeQueries.all(HITS, new SqlWhere().with(Map.of(
                "q", q, "options", OPTIONS, "candidates", CANDIDATES, "before", EXCERPT_BEFORE,
                "length", EXCERPT_LENGTH, "scan", FIRST_MATCH_SCAN, "limit", page.size(), "offset", page.offset())));
    }

    /** How many hits can be paged through; a lower bound of the matches when either kind filled its candidates. */
    public Total total(Object[] anyHit) {
        return total(((Number) anyHit[7]).longValue(), ((Number) anyHit[8]).longValue());
    }

    /** {@link #total(Object[])} without a hit at hand (the page asked for lies past the last one). */
    public Total total(String q) {
        Object[] counts = (Object[]) nativeQueries.all(CANDIDATE_COUNTS,
                new SqlWhere().with(Map.of("q", q, "candidates", CANDIDATES))).get(0);
        return total(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    private static Total total(long articles, long quotes) {
        return new Total(articles + quotes, articles >= CANDIDATES || quotes >= CANDIDATES);
    }
}
