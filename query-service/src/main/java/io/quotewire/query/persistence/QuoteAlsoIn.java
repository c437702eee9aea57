package io.quotewire.query.persistence;

import io.quotewire.query.domain.ArticleRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For first occurrences of quotes, the other articles their speaker said them in: the first {@link #SHOWN}, in the
 * order they were stored, and how many there are in all.
 *
 * <p>Why a cap: a wire quote can be repeated in thousands of articles; listing each made one page of quotes a
 * megabyte long and took 0.6-1.7 s to load (a store of 100,000 articles plus 10,000 small files repeating one quote,
 * measured while they were still being enriched).
 */
@ApplicationScoped
public class QuoteAlsoIn {

    /** Other articles listed per quote; the rest are counted. */
    public static final int SHOWN = 10;

    // Per quote, its repeats' articles, each once at its earliest repeat; both queries read quote_repeats_idx (V13) alone.
    private static final String FIRST_ARTICLES = """
            SELECT f.id, r.article_id, a.title
            FROM quote f
            CROSS JOIN LATERAL (SELECT q.article_id, min(q.id) AS earliest FROM quote q WHERE q.duplicate_of = f.id
                                GROUP BY q.article_id ORDER BY earliest LIMIT %d) r
            JOIN article a ON a.id = r.article_id
            WHERE f.id IN (:ids)
            ORDER BY f.id, r.earliest""".formatted(SHOWN);
    private static final String ARTICLE_COUNTS = """
            SELECT q.duplicate_of, count(DISTINCT q.article_id) FROM quote q
            WHERE q.duplicate_of IN (:ids) GROUP BY q.duplicate_of""";

    private final NativeQueries nativeQueries;

    public QuoteAlsoIn(NativeQueries nativeQueries) {
        this.nativeQueries = nativeQueries;
    }

    /** The other articles of each of {@code firstOccurrences} that was repeated; the others are not in the map. */
    public Map<Long, Repeats> of(List<Long> firstOccurrences) {
        Map<Long, Repeats> repeats = new HashMap<>();
        if (firstOccurrences.isEmpty()) {
            return repeats;
        }
        SqlWhere ids = new SqlWhere().with(Map.of("ids", firstOccurrences));
        for (Object[] row : nativeQueries.<Object[]>all(ARTICLE_COUNTS, ids)) {
            repeats.put(((Number) row[0]).longValue(), new Repeats(new ArrayList<>(), ((Number) row[1]).intValue()));
        }
        if (!repeats.isEmpty()) {
            for (Object[] row : nativeQueries.<Object[]>all(FIRST_ARTICLES, ids)) {
                repeats.get(((Number) row[0]).longValue()).articles().add(new ArticleRef((String) row[1], (String) row[2]));
            }
        }
        return repeats;
    }

    /** The first {@link #SHOWN} other articles of a quote, and how many other articles there are. */
    public record Repeats(List<ArticleRef> articles, int total) {}
}
