package io.quotewire.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** The SQL of wire-copy detection: MinHash band hashes on each article, candidates by shared bands, repointing. */
@ApplicationScoped
public class CopyRows {

    /** How many candidates, those sharing the most bands first, are checked exactly. */
    public static final int CANDIDATES = 20;

    // One advisory lock for the deduplicating part of every enrichment write, so two copies stored at once see each
    // other: the second to take it finds the first's bands and quotes.
    private static final String LOCK = "SELECT pg_advisory_xact_lock(1505)";

    private static final String SET_BANDS = "UPDATE article SET lsh_bands = ?::bigint[] WHERE id = ?";

    private static final String CANDIDATES_SQL = """
            SELECT a.id, a.text, a.dated_at, a.copy_of
            FROM article a
            WHERE a.lsh_bands && ?::bigint[] AND a.id <> ?
            ORDER BY cardinality(ARRAY(SELECT unnest(a.lsh_bands) INTERSECT SELECT unnest(?::bigint[]))) DESC, a.id
            LIMIT""" + " " + CANDIDATES;

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

    /** Stores the article's band hashes (null for a text too short to compare). */
    public void setBands(String articleId, long[] bands) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(SET_BANDS)) {
                update.setArray(1, bands == null ? null : connection.createArrayOf("bigint", boxed(bands)));
                update.setString(2, articleId);
                update.executeUpdate();
            }
        });
    }

    /** Other articles sharing at least one band, those sharing most first, at most {@link #CANDIDATES}. */
    public List<Candidate> candidates(String articleId, long[] bands) {
        List<Candidate> candidates = new ArrayList<>();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CANDIDATES_SQL)) {
                select.setArray(1, connection.createArrayOf("bigint", boxed(bands)));
                select.setString(2, articleId);
                select.setArray(3, connection.createArrayOf("bigint", boxed(bands)));
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

    /** Makes {@code root} and its copies copies of {@code original} (never {@code original} itself). */
    public void repoint(String root, String original, Float similarity) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(REPOINT)) {
                update.setString(1, original);
                if (similarity == null) {
                    update.setNull(2, java.sql.Types.REAL);
                } else {
                    update.setFloat(2, similarity);
                }
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
