package io.quotewire.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.Database;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import io.quotewire.query.support.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The three consumed topics on the real broker: statuses, event order, redelivery and dead letters. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class PipelineEventsIT {

    private static final String NLP_TIMEOUT = "Enrichment exceeded its time budget of 30 s";

    @Inject
    MeterRegistry registry;

    @Test
    void ingestedArticleIsProcessingAndEnrichedOneKeepsItsStatusWhenTheIngestedComesAgain() {
        NewsPair pair = NewsPair.create();
        ArticleIngested article = pair.maxwell;

        EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        PublishedPair.awaitStatus(article.id(), "processing");
        given().get("/articles/{id}", article.id()).then()
                .statusCode(200)
                .body("title", equalTo(article.title()))
                .body("text", equalTo(article.text()))
                .body("fileName", equalTo(article.fileName()))
                .body("receivedAt", equalTo(article.receivedAt().toString()))
                .body("enrichedAt", nullValue())
                .body("entities", hasSize(0))
                .body("quotes", hasSize(0));

        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), pair.maxwellEnriched);
        PublishedPair.awaitStatus(article.id(), "enriched");

        String reupload = EventPublisher.publish(
                Topics.ARTICLES_INGESTED, article.id(), NewsPair.receivedAgain(article));
        awaitApplied(Topics.ARTICLES_INGESTED, article.id(), reupload);
        given().get("/articles/{id}", article.id()).then()
                .body("status", equalTo("enriched"))
                .body("quotes", hasSize(1))
                .body("entities", hasSize(6));
    }

    @Test
    void enrichedBeforeIngestedStoresTheWholeArticleAndStaysEnriched() {
        NewsPair pair = NewsPair.create();
        ArticleIngested article = pair.sejong;

        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), pair.sejongEnriched);
        PublishedPair.awaitStatus(article.id(), "enriched");
        String late = EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        awaitApplied(Topics.ARTICLES_INGESTED, article.id(), late);

        given().get("/articles/{id}", article.id()).then()
                .statusCode(200)
                .body("status", equalTo("enriched"))
                .body("title", equalTo(article.title()))
                .body("text", equalTo(article.text()))
                .body("source", equalTo("quotewire-test"))
                .body("enrichedAt", equalTo(pair.sejongEnriched.enrichedAt().toString()))
                .body("quotes", hasSize(2))
                .body("quotes[1].speaker.name", equalTo("David Maxwell"));
    }

    @Test
    void aLateIngestedEventKeepsThePublicationDayTheNlpFoundInADateline() {
        NewsPair pair = NewsPair.create();
        ArticleIngested article = pair.sejong;
        Instant dateline = Instant.parse("2019-10-07T00:00:00Z");
        ArticleIngested dated = new ArticleIngested(article.schemaVersion(), article.id(), article.sha256(),
                article.title(), article.text(), article.source(), article.url(), dateline, article.fileName(),
                article.contentType(), article.receivedAt(), Map.of("publishedAtSource", "dateline"));

        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), NewsPair.describing(pair.sejongEnriched, dated));
        PublishedPair.awaitStatus(article.id(), "enriched");
        String late = EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        awaitApplied(Topics.ARTICLES_INGESTED, article.id(), late);

        assertThat(article.publishedAt()).isNull();
        given().get("/articles/{id}", article.id()).then()
                .body("status", equalTo("enriched"))
                .body("publishedAt", equalTo(dateline.toString()))
                .body("quotes", hasSize(2));
    }

    @Test
    void redeliveredEnrichedEventChangesNothing() {
        NewsPair pair = NewsPair.create();
        String id = pair.maxwell.id();
        String payload = EventPublisher.publish(Topics.ARTICLES_ENRICHED, id, pair.maxwellEnriched);
        PublishedPair.awaitStatus(id, "enriched");
        String before = given().get("/articles/{id}", id).then().extract().asString();
        long quotes = Database.number("SELECT count(*) FROM quote WHERE article_id = ?", id);
        long mentions = Database.number("SELECT count(*) FROM mention WHERE article_id = ?", id);
        long entities = Database.number("SELECT count(*) FROM entity");
        long aliases = Database.number("SELECT count(*) FROM entity_alias");
        double duplicates = duplicateCount();

        EventPublisher.publishRaw(Topics.ARTICLES_ENRICHED, id, payload);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicateCount() > duplicates);

        assertThat(given().get("/articles/{id}", id).then().extract().asString()).isEqualTo(before);
        assertThat(Database.number("SELECT count(*) FROM quote WHERE article_id = ?", id)).isEqualTo(quotes);
        assertThat(Database.number("SELECT count(*) FROM mention WHERE article_id = ?", id)).isEqualTo(mentions);
        assertThat(Database.number("SELECT count(*) FROM entity")).isEqualTo(entities);
        assertThat(Database.number("SELECT count(*) FROM entity_alias")).isEqualTo(aliases);
    }

    @Test
    void deadLetteredArticleIsFailedWithItsReasonUntilItIsEnriched() {
        NewsPair pair = NewsPair.create();
        ArticleIngested article = pair.maxwell;

        EventPublisher.publishWithHeader(Topics.ARTICLES_INGESTED_DLQ, article.id(), article,
                Topics.DEAD_LETTER_REASON_HEADER, NLP_TIMEOUT);
        PublishedPair.awaitStatus(article.id(), "failed");
        given().get("/articles/{id}", article.id()).then()
                .body("error", equalTo(NLP_TIMEOUT))
                .body("title", equalTo(article.title()));
        given().queryParam("status", "failed").queryParam("q", pair.nonce).get("/articles").then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(article.id()))
                .body("items[0].status", equalTo("failed"));

        String ingested = EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        awaitApplied(Topics.ARTICLES_INGESTED, article.id(), ingested);
        given().get("/articles/{id}", article.id()).then().body("status", equalTo("failed"));

        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), pair.maxwellEnriched);
        PublishedPair.awaitStatus(article.id(), "enriched");
        given().get("/articles/{id}", article.id()).then().body("error", nullValue());
    }

    @Test
    void unreadableEnrichedRecordGoesToTheDeadLetterTopicWithItsReason() {
        String key = "not-an-article-" + UUID.randomUUID();
        EventPublisher.publishRaw(Topics.ARTICLES_ENRICHED, key, "{\"id\": \"truncated");

        try (DeadLetters deadLetters = new DeadLetters(Topics.ARTICLES_ENRICHED_DLQ)) {
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.find(key), Optional::isPresent)
                    .orElseThrow();
            assertThat(record.value()).isEqualTo("{\"id\": \"truncated");
            assertThat(new String(record.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(),
                    StandardCharsets.UTF_8)).contains("Not a valid ArticleEnriched");
        }
    }

    private double duplicateCount() {
        return registry.counter(MessageMetrics.MESSAGES, "topic", Topics.ARTICLES_ENRICHED, "outcome", "duplicate")
                .count();
    }

    private static void awaitApplied(String topic, String key, String payload) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Database.applied(topic, key, payload));
    }
}
