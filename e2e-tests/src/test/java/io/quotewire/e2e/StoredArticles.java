package io.quotewire.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** What query-service stored, read straight from its PostgreSQL: statuses, failure reasons, duplicate rows. */
final class StoredArticles {

    private final String jdbcUrl;

    StoredArticles(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Status (PROCESSING, FAILED, ENRICHED) of each of {@code ids} that is stored. */
    Map<String, String> statuses(Collection<String> ids) {
        return byId("SELECT id, status FROM article WHERE id = ANY (?)", ids);
    }

    /** The failure reason of each of {@code ids} that is stored as failed. */
    Map<String, String> failureReasons(Collection<String> ids) {
        return byId("SELECT id, error FROM article WHERE status = 'FAILED' AND id = ANY (?)", ids);
    }

    /**
     * Ids among {@code ids} with more quote or mention rows than distinct spans: an enrichment stored on top of
     * another instead of replacing it.
     */
    Map<String, String> withDuplicateRows(Collection<String> ids) {
        return byId("SELECT a.id, 'quotes ' || q.rows || '/' || q.spans || ', mentions ' || m.rows || '/' || m.spans"
                + " FROM article a"
                + " JOIN (SELECT article_id, count(*) AS rows, count(DISTINCT (start_offset, end_offset)) AS spans"
                + "       FROM quote GROUP BY article_id) q ON q.article_id = a.id"
                + " JOIN (SELECT article_id, count(*) AS rows, count(DISTINCT (start_offset, end_offset)) AS spans"
                + "       FROM mention GROUP BY article_id) m ON m.article_id = a.id"
                + " WHERE a.id = ANY (?) AND (q.rows > q.spans OR m.rows > m.spans)", ids);
    }

    /** For each enriched one of {@code ids}: nlp-service's own time and the time from ingest to enriched, as text. */
    Map<String, String> enrichmentTimes(Collection<String> ids) {
        return byId("SELECT id, 'NLP ' || round(nlp_millis / 1000.0) || ' s, accepted → enriched '"
                + " || round(EXTRACT(EPOCH FROM enriched_at - received_at)) || ' s'"
                + " FROM article WHERE status = 'ENRICHED' AND id = ANY (?)", ids);
    }

    private Map<String, String> byId(String sql, Collection<String> ids) {
        Map<String, String> result = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored articles: " + e.getMessage(), e);
        }
        return result;
    }
}
