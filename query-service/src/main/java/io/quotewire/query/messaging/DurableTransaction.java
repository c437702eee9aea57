package io.quotewire.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Runs a record's work in its own transaction and, while the database is unreachable, tries again with exponential
 * backoff instead of failing the record: the caller acknowledges the record only after this returns, so no offset
 * is committed past what was stored. Any other failure is thrown at once (to the dead-letter topic).
 *
 * <p>The retry is SmallRye Fault Tolerance's: 200 ms doubling up to 5 s, for as long as the outage lasts, only for
 * failures {@link DatabaseOutage} recognises. Tune it with {@code quarkus.fault-tolerance."<this class>/run".retry.*}
 * and {@code ….exponential-backoff.max-delay} (the tests cap the backoff at 1 s).
 */
@ApplicationScoped
public class DurableTransaction {

    /** Prometheus name {@code quotewire_query_database_retries_total}. */
    public static final String RETRIES = "quotewire.query.database.retries";

    private static final Logger LOG = Logger.getLogger(DurableTransaction.class);

    /** Commits {@code work} in a new transaction, waiting out database outages; returns once it committed. */
    @Retry(maxRetries = -1, delay = 200, jitter = 0, maxDuration = Long.MAX_VALUE, durationUnit = ChronoUnit.MILLIS)
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    @RetryWhen(exception = DatabaseOutage.Recognised.class)
    @BeforeRetry(DurableTransaction.CountRetry.class)
    public void run(String topic, Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }

    /** Counts and logs each retry, by topic ({@link #RETRIES}). */
    @ApplicationScoped
    public static class CountRetry implements BeforeRetryHandler {

        private final MeterRegistry registry;

        public CountRetry(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void handle(ExecutionContext context) {
            String topic = String.valueOf(context.getParameters()[0]);
            registry.counter(RETRIES, "topic", topic).increment();
            LOG.warnf("Database unreachable (%s); %s record kept unacknowledged and tried again", rootMessage(
                    context.getFailure()), topic);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "no failure" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
