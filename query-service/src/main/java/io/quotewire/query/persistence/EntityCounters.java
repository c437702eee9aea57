package io.quotewire.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/** The article, mention and quote counts stored on each entity, moved by what one article adds or takes away. */
@ApplicationScoped
public class EntityCounters {

    /** What an article's stored links, mentions and quotes (first occurrences only) count towards each entity. */
    private static final String COUNTS_OF_ARTICLE = """
            SELECT entity_id, sum(articles), sum(mentions), sum(quotes) FROM (
                SELECT entity_id, 1 AS articles, 0 AS mentions, 0 AS quotes FROM article_entity WHERE article_id = ?
                UNION ALL
                SELECT entity_id, 0, 1, 0 FROM mention WHERE article_id = ? AND entity_id IS NOT NULL
                UNION ALL
                SELECT speaker_entity_id, 0, 0, 1 FROM quote
                WHERE article_id = ? AND speaker_entity_id IS NOT NULL AND duplicate_of IS NULL
            ) counted GROUP BY entity_id""";

    // The rows are locked in id order first, so two writers moving overlapping entities wait instead of deadlocking.
    // NO KEY UPDATE, as the UPDATE itself takes: it does not wait for the key-share locks that another writer's alias,
    // mention and quote rows hold on the same entities until it commits.
    private static final String MOVE = """
            WITH locked AS (SELECT id FROM entity WHERE id = ANY(?::bigint[]) ORDER BY id FOR NO KEY UPDATE)
            UPDATE entity e SET article_count = e.article_count + d.articles,
                                mention_count = e.mention_count + d.mentions,
                                quote_count = e.quote_count + d.quotes
            FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) AS d(id, articles, mentions, quotes)
            WHERE e.id = d.id AND e.id IN (SELECT id FROM locked)""";

    private final EntityManager entityManager;

    public EntityCounters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts the article's stored rows contribute, by entity id (empty for an article not enriched before). */
    public Map<Long, Counts> ofArticle(String articleId) {
        Map<Long, Counts> counts = new TreeMap<>();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(COUNTS_OF_ARTICLE)) {
                select.setString(1, articleId);
                select.setString(2, articleId);
                select.setString(3, articleId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getLong(1), new Counts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                    }
                }
            }
        });
        return counts;
    }

    /** Adds each delta (negative to take away) to its entity's counts, in one statement. */
    public void move(Map<Long, Counts> deltas) {
        List<Map.Entry<Long, Counts>> moved = deltas.entrySet().stream()
                .filter(entry -> !entry.getValue().isZero())
                .sorted(Map.Entry.comparingByKey())
                .toList();
        if (moved.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(MOVE)) {
                Object[] ids = moved.stream().map(Map.Entry::getKey).toArray();
                update.setArray(1, connection.createArrayOf("bigint", ids));
                update.setArray(2, connection.createArrayOf("bigint", ids));
                update.setArray(3, connection.createArrayOf("bigint",
                        moved.stream().map(entry -> entry.getValue().articles()).toArray()));
                update.setArray(4, connection.createArrayOf("bigint",
                        moved.stream().map(entry -> entry.getValue().mentions()).toArray()));
                update.setArray(5, connection.createArrayOf("bigint",
                        moved.stream().map(entry -> entry.getValue().quotes()).toArray()));
                update.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** Articles naming an entity, its mentions and the quotes it said (or changes to them). */
    public record Counts(long articles, long mentions, long quotes) {

        public static final Counts ZERO = new Counts(0, 0, 0);
        /** One quote said. */
        public static final Counts QUOTE = new Counts(0, 0, 1);

        public Counts plus(Counts other) {
            return new Counts(articles + other.articles, mentions + other.mentions, quotes + other.quotes);
        }

        public Counts negated() {
            return new Counts(-articles, -mentions, -quotes);
        }

        boolean isZero() {
            return articles == 0 && mentions == 0 && quotes == 0;
        }
    }
}
