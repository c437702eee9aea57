package io.quotewire.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.DeadLetters;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.LongStory;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Enriched records arriving together are stored a batch per transaction, and the batch changes nothing a reader
 * sees: every article is stored, a copy in the same burst as its original is still its copy, a quote said in both is
 * counted once, and the one record the database refuses is dead-lettered alone with its article failed. The tests'
 * profile splits a batch past 100,000 characters of events, so the burst is also stored in several transactions.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class EnrichedBatchesIT {

    private static final int ARTICLES = 40;
    private static final Instant MONDAY = Instant.parse("2019-10-07T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2019-10-08T09:00:00Z");

    @Inject
    MeterRegistry registry;

    @Test
    void aBurstWithACopyARefusedRecordAndGarbageIsStoredAsOneArticleAtATimeWouldBe() {
        String nonce = NewsPair.create().nonce;
        String speaker = "Ines " + nonce;
        String quote = "The envoy " + nonce + " will come back when the sanctions are lifted and not a day before";
        String body = LongStory.of(nonce.hashCode(), nonce, 320);
        CustomArticle original = quoted("Talks fail " + nonce + "\n“" + quote + ",” said " + speaker + ".\n" + body,
                MONDAY, speaker, quote);
        CustomArticle copy = quoted("Envoy walks out " + nonce + "\nBy the wire\n“" + quote + ",” said " + speaker
                + ".\n" + body.replaceFirst(" the ", " a "), TUESDAY, speaker, quote);
        ArticleEnriched refused = withNulInTitle(NewsPair.create());

        List<Map.Entry<String, String>> burst = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        // The copy goes first: it is still the copy once its older original is stored after it in the same burst.
        for (CustomArticle article : List.of(copy, original)) {
            burst.add(Map.entry(article.id(), EventPublisher.toJson(article.enriched(Instant.now()))));
            ids.add(article.id());
        }
        for (int i = 0; i < ARTICLES; i++) {
            NewsPair pair = NewsPair.create();
            burst.add(Map.entry(pair.maxwell.id(), EventPublisher.toJson(pair.maxwellEnriched)));
            ids.add(pair.maxwell.id());
            if (i == ARTICLES / 2) {
                burst.add(Map.entry(refused.id(), EventPublisher.toJson(refused)));
                burst.add(Map.entry("garbage-" + nonce, "{not json"));
            }
        }
        EventPublisher.publishAllRaw(Topics.ARTICLES_ENRICHED, burst);

        ids.forEach(id -> PublishedPair.awaitStatus(id, "enriched"));
        PublishedPair.awaitStatus(refused.id(), "failed");
        given().get("/articles/{id}", refused.id()).then()
                .body("error", containsString("could not store the articles.enriched record"));
        try (DeadLetters deadLetters = new DeadLetters(Topics.ARTICLES_ENRICHED_DLQ)) {
            for (String key : List.of(refused.id(), "garbage-" + nonce)) {
                assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.recordsKeyed(key),
                        records -> !records.isEmpty())).hasSize(1);
            }
            assertThat(deadLetters.keys()).doesNotContainAnyElementsOf(ids);
        }
        assertThat(recordsPerTransaction(this::aBurstOfPlainArticles)).as("records per transaction").isGreaterThan(1.5);

        assertThat(given().get("/articles/{id}", copy.id()).then().statusCode(200).extract().jsonPath()
                .getString("copyOf.articleId")).isEqualTo(original.id());
        List<Map<String, Object>> quotes = given().queryParam("speaker", speaker).get("/quotes").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(quotes).hasSize(1);
        Map<String, Object> entity = given().queryParam("q", nonce).queryParam("type", "PERSON").get("/entities")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(((Number) entity.get("quoteCount")).longValue()).isEqualTo(1);
        assertThat(((Number) entity.get("articleCount")).longValue()).isEqualTo(2);
    }

    /**
     * Publishes plain articles at once and awaits them. Measured apart from the burst above: the poll that holds the
     * refused record is stored one record a transaction, so how the broker split that burst into polls would decide
     * its ratio.
     */
    private void aBurstOfPlainArticles() {
        List<Map.Entry<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            NewsPair pair = NewsPair.create();
            burst.add(Map.entry(pair.maxwell.id(), EventPublisher.toJson(pair.maxwellEnriched)));
        }
        EventPublisher.publishAllRaw(Topics.ARTICLES_ENRICHED, burst);
        burst.forEach(record -> PublishedPair.awaitStatus(record.getKey(), "enriched"));
    }

    /** Records stored per transaction (the batch meter) while {@code work} ran. */
    private double recordsPerTransaction(Runnable work) {
        DistributionSummary batches = registry.get(MessageMetrics.BATCH).summary();
        long transactionsBefore = batches.count();
        double recordsBefore = batches.totalAmount();
        work.run();
        return (batches.totalAmount() - recordsBefore) / (batches.count() - transactionsBefore);
    }

    private static CustomArticle quoted(String text, Instant published, String speaker, String quote) {
        return new CustomArticle("Talks", text, published)
                .entity("s", speaker, "PERSON")
                .mentionOf("s", speaker, "PERSON", null)
                .quoteOf(quote, speaker, "s");
    }

    private static ArticleEnriched withNulInTitle(NewsPair pair) {
        return NewsPair.describing(pair.maxwellEnriched, NewsPair.withNulInTitle(pair.maxwell));
    }
}
