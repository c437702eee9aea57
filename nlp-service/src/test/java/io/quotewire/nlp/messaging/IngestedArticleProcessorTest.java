package io.quotewire.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.contracts.ArticleEnriched;
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

/** Articles flow from {@code articles.ingested} through the real NLP to {@code articles.enriched} on a real broker. */
@QuarkusTest
@TestProfile(QuotewireNlpTestProfile.class)
class IngestedArticleProcessorTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void seedIsEnrichedKeyedByIdAndValidAgainstTheSchema() throws Exception {
        ArticleIngested article = ingested(TestTexts.seed(TestTexts.COMMENTARY_SEED));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, article.id(), EventSchemas.MAPPER.writeValueAsString(article));

        ConsumerRecord<String, String> record =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_ENRICHED, r -> article.id().equals(r.key()), WAIT);

        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, record.value())).isEmpty();
        ArticleEnriched enriched = EventSchemas.MAPPER.readValue(record.value(), ArticleEnriched.class);
        assertThat(enriched.id()).isEqualTo(article.id());
        assertThat(enriched.article().text()).isEqualTo(article.text());
        assertThat(enriched.entities()).extracting(ArticleEnriched.Entity::name)
                .contains("Stockholm", "David Maxwell", "Kim Jong Un");
        assertThat(enriched.quotes())
                .filteredOn(quote -> quote.text().contains("Kim thought he could sucker us"))
                .singleElement()
                .satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("David Maxwell"));
        assertThat(enriched.mentions()).allSatisfy(mention ->
                assertThat(article.text().substring(mention.start(), mention.end())).isEqualTo(mention.text()));
        assertThat(enriched.nlp().processingMillis()).isPositive();
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextArticleStillFlows() throws Exception {
        String poisonKey = "poison-" + System.nanoTime();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, poisonKey, "{\"this is\": not json");
        ArticleIngested next = ingested("Kim Myong Gil spoke in Stockholm on October 5. " + System.nanoTime());
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, next.id(), EventSchemas.MAPPER.writeValueAsString(next));

        ConsumerRecord<String, String> dead =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, r -> poisonKey.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, Topics.DEAD_LETTER_REASON_HEADER))
                .contains("JsonParseException", "Unrecognized token 'not'");

        ConsumerRecord<String, String> enriched =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_ENRICHED, r -> next.id().equals(r.key()), WAIT);
        JsonNode entities = EventSchemas.MAPPER.readTree(enriched.value()).get("entities");
        assertThat(entities.findValuesAsText("name")).contains("Kim Myong Gil", "Stockholm");
    }

    @Test
    void aDatelineDatesTheArticleAndItsDatesWhenIngestGaveNoPublicationDay() throws Exception {
        ArticleIngested article = ingested("Talks fail " + System.nanoTime() + "\nBy Ann Lee, October 7, 2019\n"
                + "The working-level talks held in Stockholm on October 5 broke down.");
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, article.id(), EventSchemas.MAPPER.writeValueAsString(article));

        ConsumerRecord<String, String> record =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_ENRICHED, r -> article.id().equals(r.key()), WAIT);

        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, record.value())).isEmpty();
        ArticleEnriched enriched = EventSchemas.MAPPER.readValue(record.value(), ArticleEnriched.class);
        assertThat(enriched.article().publishedAt()).isEqualTo(Instant.parse("2019-10-07T00:00:00Z"));
        assertThat(enriched.article().metadata()).containsEntry("publishedAtSource", "dateline");
        assertThat(enriched.mentions()).filteredOn(mention -> mention.text().equals("October 5"))
                .extracting(ArticleEnriched.Mention::value).containsExactly("2019-10-05");
    }

    @Test
    void emptyArticleIsDeadLetteredWithAReasonAPersonUnderstands() throws Exception {
        ArticleIngested empty = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "e".repeat(64), "e".repeat(64),
                "Empty", " ", null, null, null, null, "text/plain", Instant.now(), Map.of());
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, empty.id(), EventSchemas.MAPPER.writeValueAsString(empty));

        ConsumerRecord<String, String> dead =
                KafkaTestClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, r -> empty.id().equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, Topics.DEAD_LETTER_REASON_HEADER))
                .isEqualTo("The article has no text to analyse.");
    }

    private static ArticleIngested ingested(String text) {
        String normalised = ArticleText.normalise(text);
        String id = ArticleText.idOf(normalised);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Test article", normalised, "test",
                null, null, "test.txt", "text/plain", Instant.now(), Map.of());
    }
}
