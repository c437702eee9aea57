package io.quotewire.teststack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import org.junit.jupiter.api.Test;

/** The contracts' samples, records and schemas agree with each other. */
class EventSchemasTest {

    @Test
    void samplesMatchTheirSchemas() {
        assertThat(EventSchemas.violations(Topics.ARTICLES_INGESTED, EventSchemas.sample(Topics.ARTICLES_INGESTED)))
                .isEmpty();
        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, EventSchemas.sample(Topics.ARTICLES_ENRICHED)))
                .isEmpty();
    }

    @Test
    void samplesReadIntoRecordsAndWriteBackValid() throws Exception {
        ArticleEnriched enriched = EventSchemas.MAPPER.treeToValue(
                EventSchemas.sample(Topics.ARTICLES_ENRICHED), ArticleEnriched.class);

        assertThat(enriched.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.speaker().name()).isEqualTo("David Maxwell");
            assertThat(enriched.article().text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
        });
        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, enriched)).isEmpty();
        assertThat(enriched.article().schemaVersion()).isEqualTo(ArticleIngested.SCHEMA_VERSION);
    }

    @Test
    void aQuotesReferencesIndexTheTextAndNameAnEntityOfTheArticle() throws Exception {
        ArticleEnriched enriched = EventSchemas.MAPPER.treeToValue(
                EventSchemas.sample(Topics.ARTICLES_ENRICHED), ArticleEnriched.class);

        ArticleEnriched.Quote quote = enriched.quotes().get(0);
        assertThat(quote.references()).extracting(ArticleEnriched.Reference::text).containsExactly("him", "he");
        assertThat(quote.references()).allSatisfy(reference -> {
            assertThat(enriched.article().text().substring(reference.start(), reference.end()))
                    .isEqualTo(reference.text());
            assertThat(reference.start()).isBetween(quote.start(), quote.end());
            assertThat(enriched.entities()).filteredOn(entity -> entity.key().equals(reference.entityKey()))
                    .extracting(ArticleEnriched.Entity::name).containsExactly("Kim Jong Un");
        });
    }

    @Test
    void anEventFromBeforeReferencesStillReadsAndValidates() throws Exception {
        ObjectNode event = (ObjectNode) EventSchemas.sample(Topics.ARTICLES_ENRICHED);
        ((ObjectNode) event.withArray("quotes").get(0)).remove("references");

        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, event)).isEmpty();
        ArticleEnriched enriched = EventSchemas.MAPPER.treeToValue(event, ArticleEnriched.class);
        assertThat(enriched.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.references()).isNull();
            assertThat(quote.speaker().name()).isEqualTo("David Maxwell");
        });
    }

    @Test
    void schemaRejectsAReferenceWithoutItsEntity() {
        ObjectNode event = (ObjectNode) EventSchemas.sample(Topics.ARTICLES_ENRICHED);
        ObjectNode quote = (ObjectNode) event.withArray("quotes").get(0);
        ((ObjectNode) quote.withArray("references").get(0)).remove("entityKey");

        assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, event))
                .singleElement().asString().contains("entityKey");
    }

    @Test
    void schemaRejectsAnArticleWithoutText() {
        ObjectNode article = (ObjectNode) EventSchemas.sample(Topics.ARTICLES_INGESTED);
        article.remove("text");
        article.put("id", "not-a-sha");

        assertThat(EventSchemas.violations(Topics.ARTICLES_INGESTED, article))
                .hasSize(2)
                .anyMatch(message -> message.contains("text"))
                .anyMatch(message -> message.contains("id"));
    }
}
