package io.quotewire.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.nlp.QuotewireNlpTestProfile;
import io.quotewire.nlp.TestTexts;
import io.quotewire.teststack.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An article that outlasts the NLP time budget is dead-lettered with that reason, and the article sent after it
 * is still enriched; {@code POST /enrich} keeps the same budget. The budget is shortened so that a few dozen copies
 * of a seed (about 60,000 words) exceed it
 * while a one-sentence article stays well inside it.
 */
@QuarkusTest
@TestProfile(TimeBudgetTest.ShortBudget.class)
class TimeBudgetTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int SEED_COPIES = 40;

    /** The shared test resources with a 2-second budget. */
    public static class ShortBudget extends QuotewireNlpTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotewire.nlp.time-budget", "2s");
        }
    }

    @Test
    void articleOverTheBudgetIsDeadLetteredWithTheReasonAndTheNextOneIsEnriched() throws Exception {
        String seed = TestTexts.seed(TestTexts.COMMENTARY_SEED);
        ArticleIngested poison = ingested((seed + "\n\n").repeat(SEED_COPIES) + System.nanoTime());
        ArticleIngested next = ingested("Kim Myong Gil spoke in Stockholm on October 5. " + System.nanoTime());
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, poison.id(), EventSchemas.MAPPER.writeValueAsString(poison));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, next.id(), EventSchemas.MAPPER.writeValueAsString(next));

        ConsumerRecord<String, String> dead =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, r -> poison.id().equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, Topics.DEAD_LETTER_REASON_HEADER))
                .startsWith("Enrichment exceeded its time budget of 2 s")
                .contains("%,d characters".formatted(poison.text().length()));

        ConsumerRecord<String, String> enriched =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_ENRICHED, r -> next.id().equals(r.key()), WAIT);
        assertThat(EventSchemas.MAPPER.readTree(enriched.value()).get("entities").findValuesAsText("name"))
                .contains("Kim Myong Gil", "Stockholm");
    }

    @Test
    void enrichEndpointKeepsTheSameBudgetAndSaysWhy() {
        String huge = (TestTexts.seed(TestTexts.COMMENTARY_SEED) + "\n\n").repeat(SEED_COPIES);

        given()
                .contentType("text/plain; charset=UTF-8")
                .body(huge)
                .when().post("/enrich")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Text too long to analyse in time"))
                .body("detail", startsWith("Enrichment exceeded its time budget of 2 s"));
    }

    private static ArticleIngested ingested(String text) {
        String normalised = ArticleText.normalise(text);
        String id = ArticleText.idOf(normalised);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Budget test", normalised, "test",
                null, null, "budget.txt", "text/plain", Instant.now(), Map.of());
    }
}
