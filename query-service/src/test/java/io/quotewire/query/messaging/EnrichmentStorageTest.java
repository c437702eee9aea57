package io.quotewire.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.Database;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The batched write path: entities merge across articles (and within one), every alias is kept, the entities'
 * stored counts follow new enrichments, and a redelivered record is stored once.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class EnrichmentStorageTest {

    @Inject
    MeterRegistry registry;

    @Test
    void entitiesMergeAcrossArticlesKeepEveryAliasAndCountWhatIsStored() {
        String nonce = NewsPair.create().nonce;
        String name = "Ngozi " + nonce;
        // Two keys of one article that normalise alike, and two spellings across articles: one entity.
        CustomArticle first = new CustomArticle("First " + nonce, name + " spoke at the " + nonce + " Institute.")
                .entity("e1", name, "PERSON", nonce)
                .entity("e2", nonce + " Institute", "ORGANIZATION")
                .entity("e3", "NGOZI  " + nonce.toUpperCase() + "’s", "person")
                .mention("e1", name, "PERSON").mention("e1", nonce, "PERSON").mention("e3", name, "PERSON")
                .mention("e2", nonce + " Institute", "ORGANIZATION")
                .quote("We will build it", name, "e1");
        CustomArticle second = new CustomArticle("Second " + nonce, "Dr " + nonce + " was quoted again " + nonce)
                .entity("k1", "ngozi " + nonce, "PERSON", "Dr " + nonce)
                .mention("k1", "Dr " + nonce, "PERSON")
                .quote("It is done", "Dr " + nonce, "k1");
        ArticleEnriched firstEvent = first.enriched(Instant.parse("2026-11-23T10:00:00Z"));
        ArticleEnriched secondEvent = second.enriched(Instant.parse("2026-11-23T10:00:00Z"));
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, first.id(), firstEvent);
        // The two articles may sit on partitions read by different consumers: the first must be stored first for
        // its spelling to be the canonical one.
        PublishedPair.awaitStatus(first.id(), "enriched");
        String secondJson = EventPublisher.publish(Topics.ARTICLES_ENRICHED, second.id(), secondEvent);
        PublishedPair.awaitStatus(second.id(), "enriched");

        Map<String, Object> person = onlyEntity(name, "PERSON");
        assertThat(person).containsEntry("canonicalName", name);
        // "Dr X" is the alias "X" once the honorific is set aside (EntityKeys): one alias, not two.
        assertThat((List<String>) person.get("aliases")).containsExactly(nonce);
        assertThat(counts(person)).containsExactly(2L, 4L, 2L);
        assertThat(counts(onlyEntity(nonce + " Institute", "ORGANIZATION"))).containsExactly(1L, 1L, 0L);
        assertThat(Database.number("SELECT entity_count FROM article WHERE id = ?", first.id())).isEqualTo(2);

        // A new enrichment of the first article replaces its mentions and quotes, and the counts with them.
        ArticleEnriched reEnriched = new CustomArticle("First " + nonce, name + " spoke at the " + nonce + " Institute.")
                .entity("e1", name, "PERSON")
                .mention("e1", name, "PERSON")
                .enriched(Instant.parse("2026-11-23T11:00:00Z"));
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, first.id(), reEnriched);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(counts(onlyEntity(name, "PERSON"))).containsExactly(2L, 2L, 1L));
        assertThat(counts(onlyEntity(nonce + " Institute", "ORGANIZATION"))).containsExactly(0L, 0L, 0L);

        // The second article's record again, byte for byte: skipped, nothing counted twice.
        double duplicates = duplicateCount();
        EventPublisher.publishRaw(Topics.ARTICLES_ENRICHED, second.id(), secondJson);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicateCount() > duplicates);
        assertThat(counts(onlyEntity(name, "PERSON"))).containsExactly(2L, 2L, 1L);
        assertThat(Database.number("SELECT count(*) FROM quote WHERE article_id = ?", second.id())).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM mention WHERE article_id = ?", second.id())).isEqualTo(1);
    }

    private double duplicateCount() {
        return registry.counter(MessageMetrics.MESSAGES, "topic", Topics.ARTICLES_ENRICHED, "outcome", "duplicate")
                .count();
    }

    private static Map<String, Object> onlyEntity(String name, String type) {
        List<Map<String, Object>> items = given().queryParam("q", name).queryParam("type", type).get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<Long> counts(Map<String, Object> entity) {
        return List.of(((Number) entity.get("articleCount")).longValue(),
                ((Number) entity.get("mentionCount")).longValue(), ((Number) entity.get("quoteCount")).longValue());
    }
}
