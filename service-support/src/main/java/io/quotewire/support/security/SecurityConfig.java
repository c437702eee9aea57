package io.quotewire.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Who may write to a service, and how often: API keys and the rate limit ({@code quotewire.security.*}). */
@ConfigMapping(prefix = "quotewire.security")
public interface SecurityConfig {

    /** Accepted {@code X-Api-Key} values, comma-separated; none configured means writes are open (development). */
    Optional<List<String>> apiKeys();

    /** Whether reading (GET, HEAD) needs a key too; reading is open by default. */
    @WithDefault("false")
    boolean readRequiresKey();

    /** The per-client token bucket on writes. */
    RateLimit rateLimit();

    /** A token bucket per client (its API key, or its address when it sent no valid key). */
    interface RateLimit {

        /** Whether writes are rate-limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained rate: tokens added per minute. */
        @WithDefault("120")
        int requestsPerMinute();

        /** Bucket size: how many requests a client may send at once after being idle. */
        @WithDefault("30")
        int burst();

        /**
         * Whether requests from this machine without a valid key go unlimited: the local stack, the benchmarks and
         * the end-to-end tests all post from loopback. A client with a valid key is limited wherever it is.
         */
        @WithDefault("true")
        boolean exemptLoopback();
    }
}
