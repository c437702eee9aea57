package io.quotewire.support.security;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** One client's token bucket: {@code capacity} tokens, refilled continuously at a fixed rate. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int tokensPerMinute, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerMinute / (double) TimeUnit.MINUTES.toNanos(1);
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.updatedAt = nanoClock.getAsLong();
    }

    /** Takes a token and answers 0, or answers the whole seconds until one is available (taking nothing). */
    synchronized long take() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToWait = (1 - tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanosToWait / TimeUnit.SECONDS.toNanos(1)));
    }

    /** Whether the bucket has refilled completely, i.e. its client has been idle long enough to forget. */
    synchronized boolean full() {
        refill();
        return tokens >= capacity;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
    }
}
