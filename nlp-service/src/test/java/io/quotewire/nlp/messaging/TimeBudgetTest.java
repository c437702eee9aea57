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
import io.quotewire.nlp.service.AnnotationPool;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An article that outlasts its NLP time budget is dead-lettered with that reason, and the article sent after it
 * is still enriched; {@code POST /enrich} keeps the same budget. An abandoned article stops using the cores: its
 * remaining chunks never start, and no thread is added for it. The budget is shortened (3 s plus 1 s per million
 * characters) and the chunks too (2,000 characters), so that a few dozen copies of a seed (about 60,000 words)
 * exceed it while a one-sentence article, waiting at most for one chunk per thread, stays well inside it.
 */
@QuarkusTest
@TestProfile(TimeBudgetTest.ShortBudget.class)
class TimeBudgetTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int SEED_COPIES = 40;

    /** The shared test resources with a budget of 3 s plus 1 s per million characters, in chunks of 2,000. */
    public static class ShortBudget extends QuotewireNlpTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotewire.nlp.time-budget.base", "3s",
                    "quotewire.nlp.time-budget.chars-per-second", "1000000",
                    "quotewire.nlp.chunk-chars", "2000");
        }
    }

    @Inject
    AnnotationPool pool;

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
                .isEqualTo("Enrichment exceeded its time budget of %s s (the article has %,d characters)",
                        budgetSeconds(poison.text().length()), poison.text().length());

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
                .body("detail", startsWith("Enrichment exceeded its time budget of " + budgetSeconds(huge.length())));

        assertAbandonedWorkStops();
    }

    /**
     * Within one chunk per thread of the abandonment no annotation thread is busy any more, their CPU time stops
     * growing, and the pool still has its two threads: abandoned enrichments leave no thread behind.
     */
    private void assertAbandonedWorkStops() {
        Awaitility.await("annotation threads idle").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> pool.busyThreads() == 0);
        long before = annotationCpuNanos();
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(annotationCpuNanos() - before).as("CPU time the annotation threads used while idle")
                .isLessThan(Duration.ofMillis(200).toNanos());
        assertThat(pool.threadsStarted()).isEqualTo(2);
    }

    private static long annotationCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("nlp-annotate-"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId())))
                .sum();
    }

    /** The budget this profile gives a text of {@code chars} characters, as the reason spells it. */
    private static String budgetSeconds(int chars) {
        long millis = 3_000 + (chars * 1_000L + 999_999) / 1_000_000;
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static ArticleIngested ingested(String text) {
        String normalised = ArticleText.normalise(text);
        String id = ArticleText.idOf(normalised);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Budget test", normalised, "test",
                null, null, "budget.txt", "text/plain", Instant.now(), Map.of());
    }
}
