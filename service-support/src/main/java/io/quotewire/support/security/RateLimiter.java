package io.quotewire.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The token buckets of all clients; idle clients' full buckets are dropped so the map stays small. */
@ApplicationScoped
public class RateLimiter {

    private static final int FORGET_IDLE_ABOVE = 10_000;

    private final SecurityConfig.RateLimit config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(SecurityConfig config) {
        this.config = config.rateLimit();
    }

    /** Whether limiting is switched on. */
    public boolean enabled() {
        return config.enabled();
    }

    /** Whether keyless requests from loopback go unlimited. */
    public boolean exemptsLoopback() {
        return config.exemptLoopback();
    }

    /** Counts one request of {@code client}: 0 when allowed, else the seconds it should wait (Retry-After). */
    public long acquire(String client) {
        if (buckets.size() > FORGET_IDLE_ABOVE) {
            buckets.values().removeIf(TokenBucket::full);
        }
        return buckets.computeIfAbsent(client,
                        key -> new TokenBucket(config.burst(), config.requestsPerMinute(), System::nanoTime))
                .take();
    }
}
