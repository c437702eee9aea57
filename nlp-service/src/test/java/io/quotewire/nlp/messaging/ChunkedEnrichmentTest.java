package io.quotewire.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A long article is annotated in chunks (12,000 characters here) and comes out as one article: every mention and
 * quote has its offset in the whole text, the speaker of a quote in the last copy of a seed is resolved like in the
 * first, and a short article sent after the long one is enriched before it.
 */
@QuarkusTest
@TestProfile(QuotewireNlpTestProfile.class)
class ChunkedEnrichmentTest {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int COPIES = 12;

    @Test
    void aLongArticleComesOutWholeAndAShortOnePassesIt() throws Exception {
        String seed = TestTexts.seed(TestTexts.COMMENTARY_SEED);
        ArticleIngested longArticle = ingested(String.join("\n\n", Collections.nCopies(COPIES, seed))
                + "\n\nRun " + System.nanoTime() + ".");
        ArticleIngested shortArticle = ingested("“We will see,” said David Maxwell in Stockholm. " + System.nanoTime());
        assertThat(longArticle.text().length()).isGreaterThan(8 * 12_000);
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, longArticle.id(), EventSchemas.MAPPER.writeValueAsString(longArticle));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, shortArticle.id(), EventSchemas.MAPPER.writeValueAsString(shortArticle));

        List<ConsumerRecord<String, String>> both = KafkaTestClient.awaitRecords(Topics.ARTICLES_ENRICHED,
                Set.of(longArticle.id(), shortArticle.id()), WAIT);

        // Ordered by when nlp-service published them (the records' create time), whichever partitions they are on.
        List<ConsumerRecord<String, String>> byTime = both.stream()
                .sorted(Comparator.comparingLong(ConsumerRecord::timestamp)).toList();
        assertThat(byTime).extracting(ConsumerRecord::key).containsExactly(shortArticle.id(), longArticle.id());
        ArticleEnriched enriched = EventSchemas.MAPPER.readValue(byTime.get(1).value(), ArticleEnriched.class);
        String text = longArticle.text();
        assertThat(enriched.mentions()).allSatisfy(mention ->
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text()));
        assertThat(enriched.mentions()).anySatisfy(mention -> assertThat(mention.start()).isGreaterThan(
                text.length() - seed.length()));
        List<ArticleEnriched.Quote> sucker = enriched.quotes().stream()
                .filter(quote -> quote.text().contains("Kim thought he could sucker us")).toList();
        assertThat(sucker).hasSize(COPIES).allSatisfy(quote -> {
            assertThat(quote.speaker().name()).isEqualTo("David Maxwell");
            assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        });
        // One canonical entity for the whole article, however many chunks named him.
        assertThat(enriched.entities()).filteredOn(entity -> entity.name().equals("David Maxwell")).hasSize(1);
    }

    private static ArticleIngested ingested(String text) {
        String normalised = ArticleText.normalise(text);
        String id = ArticleText.idOf(normalised);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Chunked article", normalised, "test",
                null, null, "chunked.txt", "text/plain", Instant.now(), Map.of());
    }
}
