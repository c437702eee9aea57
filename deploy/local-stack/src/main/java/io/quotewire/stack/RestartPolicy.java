package io.quotewire.stack;

import java.time.Duration;

/**
 * When the {@link Supervisor} restarts a process, the way Kubernetes restarts a container: a liveness probe every
 * {@code probePeriod}, a restart after {@code failureThreshold} failed probes in a row or when the process exits, a
 * delay before each restart that doubles from {@code initialBackoff} up to {@code maxBackoff}, and that is reset
 * once the process has stayed ready for {@code resetAfter}.
 *
 * @param readyTimeout how long a restarted process may take to become ready before it counts as failed again
 */
public record RestartPolicy(Duration probePeriod, int failureThreshold, Duration initialBackoff, Duration maxBackoff,
        Duration resetAfter, Duration readyTimeout) {

    /**
     * The local stack's policy: Kubernetes' defaults (probe every 10 s, 3 failures; back-off 10 s doubling to 5 min)
     * shortened, because here the person waiting is at the keyboard; nlp-service needs up to minutes to load CoreNLP.
     */
    public static RestartPolicy localStack() {
        return new RestartPolicy(Duration.ofSeconds(5), 3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofMinutes(5));
    }

    /** The delay before the {@code restart}-th restart in a row (1, 2, 3…). */
    public Duration backoff(int restart) {
        Duration delay = initialBackoff;
        for (int i = 1; i < restart && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
