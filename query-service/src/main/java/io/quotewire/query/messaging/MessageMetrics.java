package io.quotewire.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts consumed messages per topic and outcome ({@code applied} or {@code duplicate}). */
@ApplicationScoped
public class MessageMetrics {

    /** Prometheus name {@code quotewire_query_messages_total}. */
    public static final String MESSAGES = "quotewire.query.messages";

    private final MeterRegistry registry;

    public MessageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one message of {@code topic} with its outcome. */
    public void count(String topic, boolean applied) {
        registry.counter(MESSAGES, "topic", topic, "outcome", applied ? "applied" : "duplicate").increment();
    }
}
