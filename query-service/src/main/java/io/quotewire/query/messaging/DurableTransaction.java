package io.quotewire.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quotewire.query.config.DatabaseRetryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a record's work in its own transaction and, while the database is unreachable, tries again with
 * exponential backoff instead of failing the record: the caller acknowledges the record only after this returns,
 * so no offset is committed past what was stored. Any other failure is thrown at once (to the dead-letter topic).
 */
@ApplicationScoped
public class DurableTransaction {

    /** Prometheus name {@code quotewire_query_database_retries_total}. */
    public static final String RETRIES = "quotewire.query.database.retries";

    private static final Logger LOG = Logger.getLogger(DurableTransaction.class);

    private final DatabaseRetryConfig config;
    private final MeterRegistry registry;

    public DurableTransaction(DatabaseRetryConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** Commits {@code work} in a new transaction, waiting out database outages; returns once it committed. */
    public void run(String topic, Runnable work) {
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                if (attempt > 1) {
                    LOG.infof("Database reachable again; %s record stored after %d attempts", topic, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                registry.counter(RETRIES, "topic", topic).increment();
                LOG.warnf("Database unreachable (%s); %s record kept unacknowledged, attempt %d, next in %d ms",
                        rootMessage(e), topic, attempt, backoff.toMillis());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            // Shutting down: the record was not stored and is not acknowledged by us; it fails instead.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for the database", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
