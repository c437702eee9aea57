package io.quotewire.query.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.Database;
import io.quotewire.query.support.DeadLetters;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.quotewire.teststack.SharedPostgres;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real database is stopped while enriched articles arrive: the consumer waits, commits nothing past what it
 * stored, and after the restart stores every article exactly once, none dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DatabaseOutageIT {

    private static final int PUBLISHED = 20;
    private static final int OUTAGE_ATTEMPTS = 4;

    @Inject
    MeterRegistry registry;

    @Test
    void enrichedArticlesPublishedDuringAnOutageAreStoredExactlyOnceAfterIt() {
        ArticleEnriched before = NewsPair.oneQuote("The talks will resume", "David Maxwell");
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, before.id(), before);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(before.id()) == 1);
        double retriesBefore = retries();

        List<String> published = new ArrayList<>();
        SharedPostgres.stop();
        try {
            for (int i = 0; i < PUBLISHED; i++) {
                ArticleEnriched event = NewsPair.oneQuote("Outage quote number " + i, "Kim Myong Gil");
                EventPublisher.publish(Topics.ARTICLES_ENRICHED, event.id(), event);
                published.add(event.id());
            }
            // The consumer must have met the outage and tried several times (pooled connections broken, then new
            // ones refused), not merely be slow.
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + OUTAGE_ATTEMPTS);
        } finally {
            SharedPostgres.start();
        }

        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> published.stream().mapToLong(DatabaseOutageIT::stored).sum() == PUBLISHED);
        long stored = published.stream().mapToLong(DatabaseOutageIT::stored).sum();
        long enriched = published.stream().mapToLong(DatabaseOutageIT::enriched).sum();
        long quotes = published.stream().mapToLong(DatabaseOutageIT::quotes).sum();
        long applied = published.stream().mapToLong(DatabaseOutageIT::appliedMessages).sum();
        assertThat(stored).as("articles stored (lost = published - stored)").isEqualTo(PUBLISHED);
        assertThat(enriched).as("articles with status enriched").isEqualTo(PUBLISHED);
        assertThat(quotes).as("quotes stored (one per article, so duplicates would show)").isEqualTo(PUBLISHED);
        assertThat(applied).as("messages applied once each").isEqualTo(PUBLISHED);
        try (DeadLetters deadLetters = new DeadLetters(Topics.ARTICLES_ENRICHED_DLQ)) {
            List<String> keys = new ArrayList<>();
            for (int poll = 0; poll < 3; poll++) {
                keys = deadLetters.keys();
            }
            assertThat(keys).as("dead-lettered during the outage").doesNotContainAnyElementsOf(published);
        }
    }

    private double retries() {
        return registry.find(DurableTransaction.RETRIES).tag("topic", Topics.ARTICLES_ENRICHED).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private static long stored(String id) {
        return Database.number("SELECT count(*) FROM article WHERE id = ?", id);
    }

    private static long enriched(String id) {
        return Database.number("SELECT count(*) FROM article WHERE id = ? AND status = 'ENRICHED'", id);
    }

    private static long quotes(String id) {
        return Database.number("SELECT count(*) FROM quote WHERE article_id = ?", id);
    }

    private static long appliedMessages(String id) {
        return Database.number("SELECT count(*) FROM processed_message WHERE topic = ? AND message_key = ?",
                Topics.ARTICLES_ENRICHED, id);
    }
}
