package io.quotewire.query.persistence;

import io.quotewire.query.domain.QuoteWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The SQL of repeated quotes: the first occurrence a quote repeats, and successors for first occurrences removed. */
@ApplicationScoped
public class QuoteRepeats {

    /** Trigram similarity from which two quotes of one speaker are the same quote. */
    public static final double SIMILARITY = 0.8;

    // First occurrences of other articles only (not the article itself, nor those written after it in the same
    // transaction): this article's own repeats are settled in Java.
    private static final String SAME_WORDS = """
            SELECT k.i, (SELECT q.id FROM quote q
                         WHERE q.speaker_entity_id = k.e AND md5(q.normalized_text) = md5(k.t)
                           AND q.normalized_text = k.t AND q.duplicate_of IS NULL AND q.article_id <> ALL(?::text[])
                         ORDER BY q.id LIMIT 1)
            FROM unnest(?::int[], ?::bigint[], ?::text[]) AS k(i, e, t)""";

    /**
     * How many of a speaker's newest first occurrences sharing a quote's first words, and as many sharing its last
     * words, are compared with it by similarity(): a repeat of an older quote is missed only when more distinct quotes
     * of the same speaker than this have opened (or closed) with the same six words since.
     */
    public static final int SIMILAR_CANDIDATES = 16;

    // Candidates share the first or the last words: two backward range reads of an index each (V14), bounded, and
    // only those few are compared by similarity().
    private static final String SIMILAR_WORDS = """
            SELECT k.i, (SELECT c.id FROM ((SELECT q.id, q.normalized_text FROM quote q
                                            WHERE q.speaker_entity_id = k.e AND q.words_head = k.h
                                              AND q.duplicate_of IS NULL AND q.article_id <> ALL(?::text[])
                                            ORDER BY q.id DESC LIMIT %1$d)
                                           UNION
                                           (SELECT q.id, q.normalized_text FROM quote q
                                            WHERE q.speaker_entity_id = k.e AND q.words_tail = k.l
                                              AND q.duplicate_of IS NULL AND q.article_id <> ALL(?::text[])
                                            ORDER BY q.id DESC LIMIT %1$d)) c
                         WHERE similarity(c.normalized_text, k.t) >= ?
                         ORDER BY similarity(c.normalized_text, k.t) DESC, c.id LIMIT 1)
            FROM unnest(?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[]) AS k(i, e, t, h, l)"""
            .formatted(SIMILAR_CANDIDATES);

    // For each first occurrence in the article, the earliest repeat elsewhere takes its place; the other repeats
    // point at that one. Returns the new first occurrences' speakers, whose quote counts they now carry.
    private static final String PROMOTE = """
            WITH successor AS (
                SELECT DISTINCT ON (d.duplicate_of) d.duplicate_of AS head, d.id AS next
                FROM quote d JOIN quote h ON h.id = d.duplicate_of
                WHERE h.article_id = ? AND d.article_id <> ?
                ORDER BY d.duplicate_of, d.id)
            UPDATE quote q SET duplicate_of = CASE WHEN q.id = s.next THEN NULL ELSE s.next END
            FROM successor s
            WHERE q.duplicate_of = s.head AND q.article_id <> ?
            RETURNING q.speaker_entity_id, q.id = s.next""";

    private static final String MARK = """
            UPDATE quote q SET duplicate_of = m.head FROM unnest(?::bigint[], ?::bigint[]) AS m(id, head)
            WHERE q.id = m.id""";

    private final EntityManager entityManager;

    public QuoteRepeats(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * For each quote (speaker entity id, normalised words), the id of a first occurrence in another article it
     * repeats — word for word, or, for a quote long enough, one of the {@link #SIMILAR_CANDIDATES} newest that share
     * its first words or of those that share its last words, with pg_trgm similarity ≥ {@link #SIMILARITY} — or none.
     */
    public Map<Integer, Long> firstOccurrences(List<String> excluded, List<Long> speakers, List<String> words) {
        Map<Integer, Long> found = new HashMap<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            indexes.add(i);
        }
        run(SAME_WORDS, excluded, indexes, speakers, words, false, found);
        List<Integer> fuzzy = new ArrayList<>();
        List<Long> fuzzySpeakers = new ArrayList<>();
        List<String> fuzzyWords = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            if (!found.containsKey(i) && words.get(i).length() >= QuoteWords.MIN_FUZZY_LENGTH) {
                fuzzy.add(i);
                fuzzySpeakers.add(speakers.get(i));
                fuzzyWords.add(words.get(i));
            }
        }
        if (!fuzzy.isEmpty()) {
            run(SIMILAR_WORDS, excluded, fuzzy, fuzzySpeakers, fuzzyWords, true, found);
        }
        return found;
    }

    /** Marks each quote id as a repeat of its first occurrence, in one statement. */
    public void markRepeats(Map<Long, Long> headById) {
        if (headById.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(headById.keySet());
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(MARK)) {
                update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                update.setArray(2, connection.createArrayOf("bigint", ids.stream().map(headById::get).toArray()));
                update.executeUpdate();
            }
        });
    }

    /** Hands the article's first occurrences on to their earliest repeats elsewhere; the speakers of those. */
    public List<Long> promoteSuccessors(String articleId) {
        List<Long> speakers = new ArrayList<>();
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(PROMOTE)) {
                update.setString(1, articleId);
                update.setString(2, articleId);
                update.setString(3, articleId);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        long speaker = rows.getLong(1);
                        if (!rows.wasNull() && rows.getBoolean(2)) {
                            speakers.add(speaker);
                        }
                    }
                }
            }
        });
        return speakers;
    }

    private void run(String sql, List<String> excluded, List<Integer> indexes, List<Long> speakers, List<String> words,
            boolean similar, Map<Integer, Long> found) {
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int p = 1;
                select.setArray(p++, connection.createArrayOf("text", excluded.toArray()));
                if (similar) {
                    select.setArray(p++, connection.createArrayOf("text", excluded.toArray()));
                    select.setDouble(p++, SIMILARITY);
                }
                select.setArray(p++, connection.createArrayOf("integer", indexes.toArray()));
                select.setArray(p++, connection.createArrayOf("bigint", speakers.toArray()));
                select.setArray(p++, connection.createArrayOf("text", words.toArray()));
                if (similar) {
                    select.setArray(p++, connection.createArrayOf("text",
                            words.stream().map(QuoteWords::head).toArray()));
                    select.setArray(p, connection.createArrayOf("text",
                            words.stream().map(QuoteWords::tail).toArray()));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long head = rows.getLong(2);
                        if (!rows.wasNull()) {
                            found.put(rows.getInt(1), head);
                        }
                    }
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
