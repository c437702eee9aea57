package io.quotewire.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the consumers wait for an unreachable database: exponential backoff from the first delay up to the cap. */
@ConfigMapping(prefix = "quotewire.query.db-retry")
public interface DatabaseRetryConfig {

    /** Wait after the first failed attempt; doubled after each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest wait between two attempts, so the service notices a returned database within this time. */
    @WithDefault("5s")
    Duration maxBackoff();
}
