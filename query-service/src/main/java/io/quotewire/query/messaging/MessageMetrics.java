package io.quotewire.query.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts consumed messages per topic and outcome ({@code applied} or {@code duplicate}), and the batch sizes. */
@ApplicationScoped
@Startup // so that the batch-size meter is on /q/metrics from the start, before the first batch
public class MessageMetrics {

    /** Prometheus name {@code quotewire_query_messages_total}. */
    public static final String MESSAGES = "quotewire.query.messages";

    /** Prometheus name {@code quotewire_query_enriched_batch_records}: enriched records stored per transaction. */
    public static final String BATCH = "quotewire.query.enriched.batch";

    private final MeterRegistry registry;
    private final DistributionSummary batches;

    public MessageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batches = DistributionSummary.builder(BATCH).baseUnit("records")
                .description("Enriched records stored in one transaction").register(registry);
    }

    /** One transaction stored {@code records} enriched records. */
    public void batch(int records) {
        batches.record(records);
    }

    /** Counts one message of {@code topic} with its outcome. */
    public void count(String topic, boolean applied) {
        registry.counter(MESSAGES, "topic", topic, "outcome", applied ? "applied" : "duplicate").increment();
    }
}
