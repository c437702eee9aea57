package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.quotewire.query.support.DeadLetters;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.EventSchemas;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Reprocessing is a request on articles.ingested that query-service's own consumer turns into processing: a failed
 * or an enriched article goes through the NLP again, and the answer says what happened, not what will.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReprocessIT {

    /** PostgreSQL rounds to the microsecond. */
    private static final org.assertj.core.data.TemporalUnitOffset MICROSECOND =
            org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS);
    private static final String REASON = "Enrichment exceeded its time budget of 2 s (the article has 9 characters)";

    @Inject
    ArticleEventHandler handler;

    @Test
    void failedArticleIsRepublishedAsARequestAndTheConsumerMakesItProcessing() throws Exception {
        ArticleIngested article = NewsPair.create().maxwell;
        EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        EventPublisher.publishWithHeader(Topics.ARTICLES_INGESTED_DLQ, article.id(), article,
                Topics.DEAD_LETTER_REASON_HEADER, REASON);
        PublishedPair.awaitStatus(article.id(), "failed");
        Instant asked = Instant.now();

        given().when().post("/articles/{id}/reprocess", article.id())
                .then().statusCode(202)
                .body("id", equalTo(article.id()))
                .body("status", equalTo("queued"))
                .body("statusBefore", equalTo("failed"))
                .body("location", equalTo("/articles/" + article.id()));
        PublishedPair.awaitStatus(article.id(), "processing");
        given().get("/articles/{id}", article.id()).then().body("error", equalTo(null));

        try (DeadLetters ingested = new DeadLetters(Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> ingested.recordsKeyed(article.id()), found -> found.size() == 2);
            String again = records.get(1).value();
            assertThat(EventSchemas.violations(Topics.ARTICLES_INGESTED, again)).isEmpty();
            JsonNode event = EventSchemas.MAPPER.readTree(again);
            assertThat(event.get("text").asText()).isEqualTo(article.text());
            assertThat(event.get("title").asText()).isEqualTo(article.title());
            assertThat(event.get("fileName").asText()).isEqualTo(article.fileName());
            assertThat(event.get("metadata").get("reprocessed").asText()).isEqualTo("true");
            assertThat(Instant.parse(event.get("receivedAt").asText())).isAfterOrEqualTo(asked.minusSeconds(1));
        }
    }

    @Test
    void enrichedArticleGoesProcessingAndIsEnrichedAgainByTheNewAnswer() {
        NewsPair pair = NewsPair.create();
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, pair.maxwell.id(), pair.maxwellEnriched);
        PublishedPair.awaitStatus(pair.maxwell.id(), "enriched");

        given().when().post("/articles/{id}/reprocess", pair.maxwell.id())
                .then().statusCode(202).body("statusBefore", equalTo("enriched"));
        PublishedPair.awaitStatus(pair.maxwell.id(), "processing");

        // The NLP's answer to the request carries the request's receivedAt, as nlp-service copies it.
        ArticleIngested request = lastRequest(pair.maxwell.id());
        ArticleEnriched answer = reEnriched(pair.maxwellEnriched, request);
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, pair.maxwell.id(), answer);
        PublishedPair.awaitStatus(pair.maxwell.id(), "enriched");
        var stored = given().get("/articles/{id}", pair.maxwell.id()).then().body("quotes.size()", equalTo(1))
                .extract().jsonPath();
        assertThat(Instant.parse(stored.getString("enrichedAt"))).isCloseTo(answer.enrichedAt(), MICROSECOND);
        assertThat(Instant.parse(stored.getString("receivedAt"))).isEqualTo(request.receivedAt());
    }

    @Test
    void anAnswerStoredBeforeItsRequestIsReadKeepsTheArticleEnriched() {
        // The topics are read independently: the NLP's answer to a request may be stored before the request is.
        NewsPair pair = NewsPair.create();
        ArticleIngested request = new ArticleIngested(pair.maxwell.schemaVersion(), pair.maxwell.id(),
                pair.maxwell.sha256(), pair.maxwell.title(), pair.maxwell.text(), pair.maxwell.source(),
                pair.maxwell.url(), pair.maxwell.publishedAt(), pair.maxwell.fileName(), pair.maxwell.contentType(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), Map.of("reprocessed", "true"));
        QuarkusTransaction.requiringNew().run(() -> handler.enriched(reEnriched(pair.maxwellEnriched, request)));

        QuarkusTransaction.requiringNew().run(() -> handler.ingested(request));

        String receivedAt = given().get("/articles/{id}", pair.maxwell.id()).then().body("status", equalTo("enriched"))
                .extract().jsonPath().getString("receivedAt");
        assertThat(Instant.parse(receivedAt)).isEqualTo(request.receivedAt());
    }

    @Test
    void unknownArticleIs404() {
        given().when().post("/articles/{id}/reprocess", "0".repeat(64))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/not-found"));
    }

    private static ArticleIngested lastRequest(String id) {
        try (DeadLetters ingested = new DeadLetters(Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> ingested.recordsKeyed(id), found -> !found.isEmpty());
            return EventSchemas.MAPPER.readValue(records.get(records.size() - 1).value(), ArticleIngested.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ArticleEnriched reEnriched(ArticleEnriched first, ArticleIngested request) {
        ArticleEnriched.NlpInfo nlp = new ArticleEnriched.NlpInfo(first.nlp().engine(), "reprocess-test",
                first.nlp().annotators(), first.nlp().processingMillis());
        return new ArticleEnriched(first.schemaVersion(), first.id(), request, first.entities(), first.mentions(),
                first.quotes(), nlp, Instant.now());
    }
}
