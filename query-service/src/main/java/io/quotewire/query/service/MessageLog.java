package io.quotewire.query.service;

import io.quotewire.contracts.ArticleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Idempotency log of applied messages, written in the caller's transaction so that a message counts as
 * processed exactly when its changes are committed.
 */
@ApplicationScoped
public class MessageLog {

    // Sorted, so two writers inserting overlapping messages lock them in one order.
    private static final String INSERT_ALL = """
            INSERT INTO processed_message (topic, message_key, payload_hash, processed_at)
            SELECT ?, m.key, m.hash, ?
            FROM unnest(?::text[], ?::text[]) AS m(key, hash)
            ORDER BY m.key, m.hash
            ON CONFLICT DO NOTHING
            RETURNING message_key, payload_hash""";

    private final EntityManager entityManager;

    public MessageLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the message and answers true the first time; false when this exact payload was applied before. */
    public boolean firstDelivery(String topic, String key, String payload) {
        String hash = ArticleText.sha256Hex(payload.getBytes(StandardCharsets.UTF_8));
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_message (topic, message_key, payload_hash, processed_at)
                        VALUES (:topic, :key, :hash, :now)
                        ON CONFLICT DO NOTHING""")
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("now", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * {@link #firstDelivery} for a batch of messages of one topic, in one statement: for each (key, payload), in
     * order, whether it is applied for the first time. A message that occurs twice in the batch is first only once.
     */
    public List<Boolean> firstDeliveries(String topic, List<String> keys, List<String> payloads) {
        List<String> hashes = payloads.stream()
                .map(payload -> ArticleText.sha256Hex(payload.getBytes(StandardCharsets.UTF_8)))
                .toList();
        Set<List<String>> fresh = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setString(1, topic);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setArray(3, connection.createArrayOf("text", keys.toArray()));
                insert.setArray(4, connection.createArrayOf("text", hashes.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(List.of(rows.getString(1), rows.getString(2)));
                    }
                }
            }
        });
        List<Boolean> first = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            first.add(fresh.remove(List.of(keys.get(i), hashes.get(i))));
        }
        return first;
    }
}
