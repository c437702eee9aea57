package io.quotewire.nlp.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Refuses to start when the effective configuration contradicts the order of {@link TimeLimits}. */
@ApplicationScoped
public class TimeLimitsCheck {

    private static final Logger LOG = Logger.getLogger(TimeLimitsCheck.class);

    private final TimeLimits limits;
    private final Config config;

    TimeLimitsCheck(NlpConfig nlp, Config config) {
        this.limits = TimeLimits.of(nlp);
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> contradictions = limits.contradictions(this::effective);
        if (!contradictions.isEmpty()) {
            throw new IllegalStateException("The NLP time limits contradict each other: "
                    + String.join("; ", contradictions) + ". Leave these properties to nlp-service (TimeLimits "
                    + "derives them from quotewire.nlp.*), or raise them.");
        }
        LOG.infof("NLP time limits: budget %d s + 1 s per %,d characters (largest %d s), one chunk at most %d ms, "
                + "record max age %d s, HTTP idle timeout %d s", limits.budgetBase().toSeconds(), limits.charsPerSecond(),
                limits.largestBudget().toSeconds(), limits.slowestChunk().toMillis(),
                limits.unprocessedRecordMaxAge().toSeconds(), limits.httpIdleTimeout().toSeconds());
    }

    private Optional<Duration> effective(String name) {
        return config.getOptionalValue(name, String.class).map(TimeLimitsCheck::duration);
    }

    /** Kafka properties are milliseconds; Quarkus durations carry their unit. */
    private static Duration duration(String value) {
        String trimmed = value.trim();
        return trimmed.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(trimmed))
                : DurationConverter.parseDuration(trimmed);
    }
}
