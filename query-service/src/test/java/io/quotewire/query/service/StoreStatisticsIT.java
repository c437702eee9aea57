package io.quotewire.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.Database;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The store's tables are analyzed when the number of stored articles has doubled, and not before. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class StoreStatisticsIT {

    private static final String ANALYZED = """
            SELECT count(*) FROM pg_stat_user_tables
            WHERE relname IN ('article', 'article_band', 'quote')
              AND last_analyze > ?::timestamptz""";

    @Inject
    StoreStatistics statistics;

    @Test
    void theTablesAreAnalyzedOnceTheStoreHasDoubled() {
        // Past the tests' first size (a billion, so that no other test analyzes), whatever the others stored.
        String before = now();
        assertThat(statistics.stored(2_000_000_000)).isTrue();
        // PostgreSQL's statistics views take a moment to show what another session did.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Database.number(ANALYZED, before)).isEqualTo(3));

        assertThat(statistics.stored(1)).isFalse();
    }

    private static String now() {
        return Database.strings("SELECT clock_timestamp()::text").get(0);
    }
}
