package io.quotewire.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.nlp.QuotewireNlpTestProfile;
import io.quotewire.teststack.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The attempts topic breaks the poison loop: a record whose enrichment stopped the service twice, or that was given
 * up on before, is dead-lettered on its next delivery without being annotated, and a finished article leaves only a
 * tombstone behind. Each test writes the attempt record a previous run of the service would have left, for the
 * exact partition and offset its article then lands at.
 */
@QuarkusTest
@TestProfile(QuotewireNlpTestProfile.class)
class RedeliveryGuardTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int PARTITION = 1;

    @Test
    void aRecordWhoseAnnotationStoppedTheServiceTwiceIsDeadLetteredUnannotated() throws Exception {
        ArticleIngested article = ingested("Kim Myong Gil spoke in Stockholm. " + System.nanoTime());
        long offset = KafkaTestClient.nextOffset(Topics.ARTICLES_INGESTED, PARTITION);
        writeAttempt(article.id(), offset, 2, "STARTED", null);

        publish(article, offset);

        assertThat(deadLetterReason(article)).startsWith("nlp-service stopped 2 times while enriching this article")
                .endsWith("so it is not annotated again; reprocess it to try once more");
        JsonNode last = lastAttempt(article.id());
        assertThat(last.get("state").asText()).isEqualTo("FAILED");
        assertThat(last.get("attempt").asInt()).as("no third attempt was started").isEqualTo(2);
        assertThat(KafkaTestClient.recordsOf(Topics.ARTICLES_ENRICHED, article.id())).isEmpty();
    }

    @Test
    void aRecordGivenUpOnBeforeIsDeadLetteredAgainWithItsReason() throws Exception {
        ArticleIngested article = ingested("David Maxwell spoke in Seoul. " + System.nanoTime());
        long offset = KafkaTestClient.nextOffset(Topics.ARTICLES_INGESTED, PARTITION);
        String reason = "Enrichment exceeded its time budget of 31.5 s (the article has 3,000 characters)";
        writeAttempt(article.id(), offset, 1, "FAILED", reason);

        publish(article, offset);

        assertThat(deadLetterReason(article)).isEqualTo(reason);
        assertThat(KafkaTestClient.recordsOf(Topics.ARTICLES_ENRICHED, article.id())).isEmpty();
    }

    @Test
    void anEarlierAttemptAtAnotherRecordOfTheSameArticleDoesNotCount() throws Exception {
        // A reprocessed article is a new record: what happened to the old one does not stop it.
        ArticleIngested article = ingested("Leif-Eric Easley spoke in Seoul. " + System.nanoTime());
        long offset = KafkaTestClient.nextOffset(Topics.ARTICLES_INGESTED, PARTITION);
        writeAttempt(article.id(), offset - 1, 2, "FAILED", "an older record's failure");

        publish(article, offset);

        KafkaTestClient.awaitRecord(Topics.ARTICLES_ENRICHED, r -> article.id().equals(r.key()), WAIT);
        List<ConsumerRecord<String, String>> attempts = awaitTombstone(article.id());
        JsonNode started = EventSchemas.MAPPER.readTree(attempts.get(attempts.size() - 2).value());
        assertThat(started.get("state").asText()).isEqualTo("STARTED");
        assertThat(started.get("attempt").asInt()).isEqualTo(1);
        assertThat(started.get("offset").asLong()).isEqualTo(offset);
    }

    private static void publish(ArticleIngested article, long expectedOffset) throws Exception {
        long offset = KafkaTestClient.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, PARTITION, article.id(),
                EventSchemas.MAPPER.writeValueAsString(article))).offset();
        assertThat(offset).as("nothing else wrote to the partition meanwhile").isEqualTo(expectedOffset);
    }

    private static void writeAttempt(String id, long offset, int attempt, String state, String reason)
            throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("partition", PARTITION);
        value.put("offset", offset);
        value.put("attempt", attempt);
        value.put("state", state);
        value.put("reason", reason);
        value.put("at", "2026-12-01T08:00:00Z");
        KafkaTestClient.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED_ATTEMPTS, id,
                EventSchemas.MAPPER.writeValueAsString(value)));
    }

    private static String deadLetterReason(ArticleIngested article) {
        ConsumerRecord<String, String> dead =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, r -> article.id().equals(r.key()), WAIT);
        return KafkaTestClient.header(dead, Topics.DEAD_LETTER_REASON_HEADER);
    }

    private static JsonNode lastAttempt(String id) throws Exception {
        List<ConsumerRecord<String, String>> attempts = KafkaTestClient.recordsOf(Topics.ARTICLES_INGESTED_ATTEMPTS, id);
        return EventSchemas.MAPPER.readTree(attempts.get(attempts.size() - 1).value());
    }

    /** The article's attempt records once the last one is the tombstone written after its enrichment. */
    private static List<ConsumerRecord<String, String>> awaitTombstone(String id) {
        return Awaitility.await("tombstone of " + id).atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> KafkaTestClient.recordsOf(Topics.ARTICLES_INGESTED_ATTEMPTS, id),
                        records -> records.size() >= 2 && records.get(records.size() - 1).value() == null);
    }

    private static ArticleIngested ingested(String text) {
        String normalised = ArticleText.normalise(text);
        String id = ArticleText.idOf(normalised);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Redelivery test", normalised, "test",
                null, null, "redelivery.txt", "text/plain", Instant.now(), Map.of());
    }
}
