package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.DeadLetters;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.EventSchemas;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A failed article is re-published to articles.ingested on request and shows as processing again. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReprocessTest {

    private static final String REASON = "Enrichment exceeded its time budget of 2 s (the article has 9 characters)";

    @Test
    void failedArticleIsRepublishedAsReceivedAgainAndIsProcessing() throws Exception {
        ArticleIngested article = NewsPair.create().maxwell;
        EventPublisher.publish(Topics.ARTICLES_INGESTED, article.id(), article);
        EventPublisher.publishWithHeader(Topics.ARTICLES_INGESTED_DLQ, article.id(), article,
                Topics.DEAD_LETTER_REASON_HEADER, REASON);
        PublishedPair.awaitStatus(article.id(), "failed");
        Instant asked = Instant.now();

        given().when().post("/articles/{id}/reprocess", article.id())
                .then().statusCode(202)
                .body("id", equalTo(article.id()))
                .body("status", equalTo("processing"));
        given().get("/articles/{id}", article.id()).then().body("status", equalTo("processing"));

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
    void unknownArticleIs404() {
        given().when().post("/articles/{id}/reprocess", "0".repeat(64))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/not-found"));
    }
}
