package io.quotewire.nlp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The time limits derived from application.properties come in the one order that lets each fire when it should. */
class TimeLimitsTest {

    private static final TimeLimits DEFAULTS = fromApplicationProperties();

    @Test
    void theDerivedLimitsComeInOrder() {
        Duration chunk = DEFAULTS.slowestChunk();
        Duration smallest = DEFAULTS.budgetFor(1);
        Duration largest = DEFAULTS.largestBudget();

        assertThat(chunk).isPositive().isLessThan(DEFAULTS.budgetBase());
        assertThat(smallest).isGreaterThanOrEqualTo(DEFAULTS.budgetBase()).isLessThan(largest);
        assertThat(largest.plus(chunk)).isLessThan(DEFAULTS.httpIdleTimeout());
        assertThat(DEFAULTS.brokerWait().plus(largest).plus(chunk).plus(DEFAULTS.brokerWait()))
                .isLessThan(DEFAULTS.unprocessedRecordMaxAge());
        assertThat(DEFAULTS.unprocessedRecordMaxAge()).isLessThan(DEFAULTS.maxPollInterval());
        assertThat(DEFAULTS.producerRequestTimeout()).isLessThan(DEFAULTS.brokerWait());
    }

    @Test
    void theDefaultsGiveTheLargestArticleTenTimesItsQuietTime() {
        // 1,000,000 characters take about 50 s on two quiet cores (docs/benchmarks.md).
        assertThat(DEFAULTS.maxTextChars()).isEqualTo(1_000_000);
        assertThat(DEFAULTS.largestBudget()).isEqualTo(Duration.ofSeconds(530));
        assertThat(DEFAULTS.slowestChunk()).isEqualTo(Duration.ofSeconds(12));
        assertThat(DEFAULTS.unprocessedRecordMaxAge()).isEqualTo(Duration.ofSeconds(692));
        // The connector's own default (60 s) fired first before: the limit that issue 11 found broken.
        assertThat(DEFAULTS.unprocessedRecordMaxAge()).isGreaterThan(Duration.ofSeconds(60));
    }

    @Test
    void theBudgetGrowsWithLengthUpToTheLargestAcceptedText() {
        assertThat(DEFAULTS.budgetFor(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.budgetFor(20_000)).isEqualTo(Duration.ofSeconds(40));
        assertThat(DEFAULTS.budgetFor(5_000_000)).isEqualTo(DEFAULTS.largestBudget());
    }

    @Test
    void theDerivedPropertiesCarryTheLimitsUnderTheNamesTheConnectorAndQuarkusRead() {
        Map<String, String> properties = DEFAULTS.properties();

        assertThat(properties).containsEntry(TimeLimits.RECORD_MAX_AGE, "692000")
                .containsEntry(TimeLimits.MAX_POLL_INTERVAL, "722000")
                .containsEntry(TimeLimits.ENRICHED_DELIVERY_TIMEOUT, "60000")
                .containsEntry(TimeLimits.DEAD_LETTER_DELIVERY_TIMEOUT, "60000")
                .containsEntry(TimeLimits.ENRICHED_REQUEST_TIMEOUT, "30000")
                .containsEntry(TimeLimits.HTTP_IDLE_TIMEOUT, "572000ms")
                .containsEntry(TimeLimits.WORKER_EXECUTE_TIME, "692000ms");
    }

    @Test
    void aChunkThatCouldOutlastTheBaseBudgetIsRefused() {
        assertThatThrownBy(() -> new TimeLimits(1_000_000, 100_000, 2, Duration.ofSeconds(30), 2_000,
                Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time-budget.base");
    }

    @Test
    void anOverrideThatLowersALimitOrLengthensABrokerWaitIsAContradiction() {
        Map<String, Duration> effective = Map.of(
                TimeLimits.RECORD_MAX_AGE, Duration.ofSeconds(60),
                TimeLimits.MAX_POLL_INTERVAL, Duration.ofHours(1),
                TimeLimits.ENRICHED_DELIVERY_TIMEOUT, Duration.ofMinutes(2));

        assertThat(DEFAULTS.contradictions(name -> Optional.ofNullable(effective.get(name)))).containsExactly(
                TimeLimits.RECORD_MAX_AGE + " is 60000 ms, below the 692000 ms it must be at least",
                TimeLimits.ENRICHED_DELIVERY_TIMEOUT + " is 120000 ms, above quotewire.nlp.broker-wait (60000 ms)");
        assertThat(DEFAULTS.contradictions(name -> Optional.empty())).isEmpty();
    }

    private static TimeLimits fromApplicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = TimeLimitsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return TimeLimits.from(properties::getProperty);
    }
}
