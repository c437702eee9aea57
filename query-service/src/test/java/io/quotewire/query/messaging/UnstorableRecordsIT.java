package io.quotewire.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.Database;
import io.quotewire.query.support.DeadLetters;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record PostgreSQL refuses (a NUL in the text) leaves its article failed with the reason, not 404 for good. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class UnstorableRecordsIT {

    @Test
    void anIngestedArticleWithANulInItsTextIsFailedWithTheDatabasesReason() {
        String text = "a \u0000 b. “Yes,” said Ann Lee. " + NewsPair.create().nonce;
        String id = ArticleText.idOf(text);
        ArticleIngested article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "T", text, null, null,
                null, null, "text/plain", Instant.now(), Map.of());
        EventPublisher.publish(Topics.ARTICLES_INGESTED, id, article);

        PublishedPair.awaitStatus(id, "failed");
        given().get("/articles/{id}", id).then()
                .body("error", containsString("query-service could not store the articles.ingested record"))
                .body("error", containsString("0x00"));
    }

    @Test
    void anEnrichedArticleThatCannotBeStoredIsFailedAndItsRecordDeadLettered() {
        NewsPair pair = NewsPair.create();
        ArticleIngested base = pair.maxwell;
        publishRefusedEnrichment(pair);
        given().get("/articles/{id}", base.id()).then()
                .body("error", containsString("could not store the articles.enriched record"));
        try (DeadLetters deadLetters = new DeadLetters(Topics.ARTICLES_ENRICHED_DLQ)) {
            assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.find(base.id()),
                    Optional::isPresent)).isPresent();
        }
    }

    @Test
    void anArticleFailedBeforeAnyEventDescribedItTakesTheFieldsOfTheIngestedEventThatComesLater() {
        NewsPair pair = NewsPair.create();
        ArticleIngested base = pair.maxwell;
        publishRefusedEnrichment(pair);

        String late = EventPublisher.publish(Topics.ARTICLES_INGESTED, base.id(), base);
        await().atMost(Duration.ofSeconds(30)).until(() -> Database.applied(Topics.ARTICLES_INGESTED, base.id(), late));

        given().get("/articles/{id}", base.id()).then()
                .body("status", equalTo("failed"))
                .body("title", equalTo(base.title()))
                .body("receivedAt", equalTo(base.receivedAt().toString()));
    }

    /** Publishes the pair's Maxwell article enriched with a title PostgreSQL refuses, and awaits it failed. */
    private static void publishRefusedEnrichment(NewsPair pair) {
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, pair.maxwell.id(),
                NewsPair.describing(pair.maxwellEnriched, NewsPair.withNulInTitle(pair.maxwell)));
        PublishedPair.awaitStatus(pair.maxwell.id(), "failed");
    }
}
