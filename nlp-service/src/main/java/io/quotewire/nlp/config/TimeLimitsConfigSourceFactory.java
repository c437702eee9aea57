package io.quotewire.nlp.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the Kafka and HTTP timeouts {@link TimeLimits} derives from the {@code quotewire.nlp.*} settings, so
 * application.properties holds only what they are derived from. Its ordinal is above application.properties and
 * below environment variables and system properties: an operator may still override a derived value, and
 * {@link TimeLimitsCheck} then refuses to start if the override contradicts the order.
 */
public class TimeLimitsConfigSourceFactory implements ConfigSourceFactory {

    /** Between application.properties (250) and environment variables (300). */
    static final int ORDINAL = 275;

    static final String NAME = "quotewire-nlp-time-limits";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        TimeLimits limits = TimeLimits.from(name -> {
            ConfigValue value = context.getValue(name);
            return value == null ? null : value.getValue();
        });
        return List.of(new PropertiesConfigSource(limits.properties(), NAME, ORDINAL));
    }
}
