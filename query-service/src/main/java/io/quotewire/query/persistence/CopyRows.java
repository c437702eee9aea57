package io.quotewire.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** The SQL of wire-copy detection: MinHash band hashes of each article, candidates by shared bands, repointing. */
@ApplicationScoped
public class CopyRows {

    /** How many candidates, those sharing the most bands first, are checked exactly. */
    public static final int CANDIDATES = 20;

    // One advisory lock for the deduplicating part of every enrichment write, so two copies stored at once see each
    // other: the second to take it finds the first's bands and quotes.
    private static final String LOCK = "SELECT pg_advisory_xact_lock(1505)";

    private static final String DELETE_BANDS = "DELETE FROM article_band WHERE article_id = ?";

    private static final String INSERT_BANDS = """
            INSERT INTO article_band (band, article_id) SELECT DISTINCT unnest(?::bigint[]), ?
            ON CONFLICT DO NOTHING""";

    // One primary-key lookup per band (V10), counted per article; the exclusions are the article itself and the
    // articles stored after it in the same transaction, which may still carry bands of an earlier enrichment.
    private static final String CANDIDATES_SQL = """
            SELECT a.id, a.text, a.dated_at, a.copy_of
            FROM (SELECT b.article_id, count(*) AS shared FROM article_band b
                  WHERE b.band = ANY(?::bigint[]) AND b.article_id <> ALL(?::text[])
                  GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT""" + " " + CANDIDATES + """
            ) c JOIN article a ON a.id = c.article_id
            ORDER BY c.shared DESC, a.id""";

    private static final String SET_COPY_OF = "UPDATE article SET copy_of = ?, copy_similarity = ? WHERE id = ?";

    private static final String DATED = "SELECT dated_at FROM article WHERE id = ?";

    private static final String REPOINT = """
            UPDATE article SET copy_of = ?, copy_similarity = coalesce(?, copy_similarity)
            WHERE (id = ? OR copy_of = ?) AND id <> ?""";

    private final EntityManager entityManager;

    public CopyRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits for the deduplication lock, held until this transaction ends. */
    public void lock() {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.execute();
            }
        });
    }

    /**
     * Replaces the article's band hashes (none for a text too short to compare).
     *
     * @param replacing whether the article may have bands of an earlier enrichment to remove first
     */
    public void setBands(String articleId, long[] bands, boolean replacing) {
        session().doWork(connection -> {
            if (replacing) {
                try (PreparedStatement delete = connection.prepareStatement(DELETE_BANDS)) {
                    delete.setString(1, articleId);
                    delete.executeUpdate();
                }
            }
            if (bands != null) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_BANDS)) {
                    insert.setArray(1, connection.createArrayOf("bigint", boxed(bands)));
                    insert.setString(2, articleId);
                    insert.executeUpdate();
                }
            }
        });
    }

    /**
     * Other articles sharing at least one band, those sharing most first, at most {@link #CANDIDATES}; never one of
     * {@code excluded} (the article itself, and any stored after it in this transaction).
     */
    public List<Candidate> candidates(List<String> excluded, long[] bands) {
        List<Candidate> candidates = new ArrayList<>();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CANDIDATES_SQL)) {
                select.setArray(1, connection.createArrayOf("bigint", boxed(bands)));
                select.setArray(2, connection.createArrayOf("text", excluded.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        java.sql.Timestamp dated = rows.getTimestamp(3);
                        candidates.add(new Candidate(rows.getString(1), rows.getString(2),
                                dated == null ? null : dated.toInstant(), rows.getString(4)));
                    }
                }
            }
        });
        return candidates;
    }

    /** When the article counts as published (publishedAt, else receivedAt); null when unknown. */
    public Instant datedAt(String articleId) {
        Instant[] dated = new Instant[1];
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(DATED)) {
                select.setString(1, articleId);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next() && rows.getTimestamp(1) != null) {
                        dated[0] = rows.getTimestamp(1).toInstant();
                    }
                }
            }
        });
        return dated[0];
    }

    /** Sets what the article is a copy of, and how similar they are (both null: no copy). */
    public void setCopyOf(String articleId, String original, Float similarity) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(SET_COPY_OF)) {
                update.setString(1, original);
                setSimilarity(update, 2, similarity);
                update.setString(3, articleId);
                update.executeUpdate();
            }
        });
    }

    /** Makes {@code root} and its copies copies of {@code original} (never {@code original} itself). */
    public void repoint(String root, String original, Float similarity) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(REPOINT)) {
                update.setString(1, original);
                setSimilarity(update, 2, similarity);
                update.setString(3, root);
                update.setString(4, root);
                update.setString(5, original);
                update.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static void setSimilarity(PreparedStatement statement, int index, Float similarity)
            throws java.sql.SQLException {
        if (similarity == null) {
            statement.setNull(index, java.sql.Types.REAL);
        } else {
            statement.setFloat(index, similarity);
        }
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /** A stored article that may be a copy: its text, when it counts as published, and what it is a copy of. */
    public record Candidate(String id, String text, Instant datedAt, String copyOf) {}
}
