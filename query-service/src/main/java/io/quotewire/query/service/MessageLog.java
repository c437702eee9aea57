package io.quotewire.query.service;

import io.quotewire.contracts.ArticleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Idempotency log of applied messages, written in the caller's transaction so that a message counts as
 * processed exactly when its changes are committed.
 */
@ApplicationScoped
public class MessageLog {

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
}
