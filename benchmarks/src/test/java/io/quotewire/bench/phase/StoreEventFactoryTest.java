package io.quotewire.bench.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.teststack.EventSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreEventFactoryTest {

    private static final ArticleEnriched SAMPLE = sample();

    @Test
    void copiesAreNewArticlesWhoseOffsetsStillIndexTheirText() {
        StoreEventFactory factory = new StoreEventFactory(List.of(SAMPLE), "run1");

        ArticleEnriched copy = factory.copy(3);

        String text = copy.article().text();
        assertThat(text).endsWith("\nArchive copy run1-3.").isNotEqualTo(SAMPLE.article().text());
        assertThat(copy.id()).isEqualTo(ArticleText.idOf(text)).isEqualTo(copy.article().id())
                .isNotEqualTo(SAMPLE.id());
        assertThat(copy.quotes()).hasSameSizeAs(SAMPLE.quotes()).isNotEmpty();
        for (ArticleEnriched.Quote quote : copy.quotes()) {
            assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        }
        assertThat(copy.mentions()).isEqualTo(SAMPLE.mentions());
        for (ArticleEnriched.Mention mention : copy.mentions()) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
        assertThat(copy.entities()).isEqualTo(SAMPLE.entities());
        String[] before = SAMPLE.article().text().split("\\s+");
        String[] after = text.split("\\s+");
        long rewritten = java.util.stream.IntStream.range(0, before.length)
                .filter(i -> !before[i].equals(after[i])).count();
        assertThat((double) rewritten / before.length).isBetween(0.25, 0.6);
    }

    @Test
    void everyHundredthCopyIsAWireCopyOfTheOneBefore() {
        StoreEventFactory factory = new StoreEventFactory(List.of(SAMPLE), "run3");

        ArticleEnriched original = factory.copy(98);
        ArticleEnriched wire = factory.copy(99);

        assertThat(StoreEventFactory.isWireCopy(99)).isTrue();
        assertThat(StoreEventFactory.isWireCopy(98)).isFalse();
        assertThat(wire.article().text()).startsWith(original.article().text()).isNotEqualTo(original.article().text());
        assertThat(wire.quotes()).isEqualTo(original.quotes());
        assertThat(factory.copy(97).article().text()).isNotEqualTo(original.article().text());
    }

    @Test
    void copiesMatchTheArticlesEnrichedSchemaAndNeverRepeat() {
        StoreEventFactory factory = new StoreEventFactory(List.of(SAMPLE, SAMPLE), "run2");

        List<ArticleEnriched> copies = java.util.stream.LongStream.range(0, 50).mapToObj(factory::copy).toList();

        assertThat(copies.stream().map(ArticleEnriched::id).distinct()).hasSize(50);
        for (ArticleEnriched copy : copies.subList(0, 3)) {
            assertThat(EventSchemas.violations(Topics.ARTICLES_ENRICHED, StoreEventFactory.json(copy))).isEmpty();
        }
    }

    @Test
    void probesComeFromTheStoredArticles() {
        QueryProbes probes = QueryProbes.from(List.of(SAMPLE));

        assertThat(probes.speakers()).allSatisfy(surname -> assertThat(SAMPLE.quotes().stream()
                .anyMatch(q -> q.speaker() != null && q.speaker().name().endsWith(surname))).isTrue());
        assertThat(probes.entityPrefixes()).allSatisfy(prefix -> assertThat(prefix).hasSize(4));
        assertThat(probes.searchWords()).allSatisfy(word -> assertThat(word.length()).isGreaterThanOrEqualTo(7));
        assertThat(probes.aboutNames()).isNotEmpty().allSatisfy(name -> assertThat(SAMPLE.entities().stream()
                .anyMatch(entity -> entity.name().equals(name))).isTrue());
    }

    @Test
    void smallFilesAreUniquePerRunAndNumber() {
        assertThat(IngestPhase.smallFile("r", 1)).isNotEqualTo(IngestPhase.smallFile("r", 2))
                .isNotEqualTo(IngestPhase.smallFile("s", 1)).contains("“", "said Anna Lindqvist");
        assertThat(IngestPhase.smallFile("r", 1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(300);
    }

    private static ArticleEnriched sample() {
        try {
            return EventSchemas.MAPPER.treeToValue(EventSchemas.sample(Topics.ARTICLES_ENRICHED),
                    ArticleEnriched.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
