package io.quotewire.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket on a hand-driven clock: burst, exhaustion, wait time and refill. */
class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenBucket bucket = new TokenBucket(2, 30, now::get);

    @Test
    void burstThenWaitUntilTheNextToken() {
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isZero();
        // 30 a minute: a token every 2 s.
        assertThat(bucket.take()).isEqualTo(2);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        assertThat(bucket.take()).isEqualTo(1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(600));
        assertThat(bucket.take()).isZero();
        assertThat(bucket.full()).isFalse();
    }

    @Test
    void refillsNoFurtherThanItsCapacity() {
        bucket.take();
        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        assertThat(bucket.full()).isTrue();
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isEqualTo(2);
    }
}
