package io.quotewire.nlp.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.nlp.QuotewireNlpTestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The running service reads the Kafka and HTTP timeouts {@link TimeLimits} derives, from its config source. */
@QuarkusTest
@TestProfile(QuotewireNlpTestProfile.class)
class DerivedTimeLimitsTest {

    @Inject
    Config config;

    @Inject
    NlpConfig nlp;

    @Test
    void theConnectorAndTheHttpServerSeeTheDerivedLimits() {
        TimeLimits limits = TimeLimits.of(nlp);

        assertThat(limits.properties()).hasSize(8).allSatisfy((name, value) -> {
            assertThat(config.getValue(name, String.class)).as(name).isEqualTo(value);
            assertThat(config.getConfigValue(name).getSourceName()).as(name)
                    .contains(TimeLimitsConfigSourceFactory.NAME);
        });
        assertThat(config.getValue(TimeLimits.RECORD_MAX_AGE, Long.class)).isEqualTo(692_000L);
    }
}
