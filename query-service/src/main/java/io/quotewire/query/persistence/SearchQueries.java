package io.quotewire.query.persistence;

import io.quotewire.query.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** PostgreSQL full-text search over articles and quotes together, ranked, with marked snippets. */
@ApplicationScoped
public class SearchQueries {

    /** Marks ts_headline puts around matches; control characters, so no article text can forge them. */
    public static final String MATCH_START = "\u0002";
    public static final String MATCH_END = "\u0003";

    /** Ranks every match, then builds snippets for the requested page only: ts_headline is the costly part. */
    private static final String HITS = """
            SELECT hit.kind, hit.article_id, hit.title, hit.quote_id, hit.speaker_name,
                   ts_headline('english', hit.body, websearch_to_tsquery('english', :q), :options),
                   hit.rank
            FROM (
                SELECT 'article' AS kind, a.id AS article_id, a.title AS title, CAST(NULL AS bigint) AS quote_id,
                       CAST(NULL AS text) AS speaker_name, coalesce(a.text, '') AS body,
                       ts_rank(a.search_vector, query) AS rank
                FROM article a, websearch_to_tsquery('english', :q) query
                WHERE a.search_vector @@ query
                UNION ALL
                SELECT 'quote', qu.article_id, a.title, qu.id, qu.speaker_name, qu.text,
                       ts_rank(qu.search_vector, query)
                FROM quote qu JOIN article a ON a.id = qu.article_id, websearch_to_tsquery('english', :q) query
                WHERE qu.search_vector @@ query
                ORDER BY rank DESC, kind, article_id, quote_id
                LIMIT :limit OFFSET :offset
            ) hit
            ORDER BY hit.rank DESC, hit.kind, hit.article_id, hit.quote_id""";

    private static final String MATCHES = """
            SELECT count(*) FROM article a, websearch_to_tsquery('english', :q) query WHERE a.search_vector @@ query
            UNION ALL
            SELECT count(*) FROM quote qu, websearch_to_tsquery('english', :q) query WHERE qu.search_vector @@ query""";

    private static final String OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final NativeQueries nativeQueries;

    public SearchQueries(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /** One page of hits as rows {@code kind, article_id, title, quote_id, speaker_name, snippet, rank}, best first. */
    public List<Object[]> hits(String q, PageRequest page) {
        return nativeQueries.all(HITS, new SqlWhere().with(Map.of(
                "q", q, "options", OPTIONS, "limit", page.size(), "offset", page.offset())));
    }

    /** How many articles and quotes match. */
    public long total(String q) {
        // Counts without building snippets, which is the expensive part of a hit.
        return nativeQueries.count("SELECT sum(count) FROM (" + MATCHES + ") matches",
                new SqlWhere().with(Map.of("q", q)));
    }
}
