package io.quotewire.query.messaging;

import io.quotewire.query.service.MessageLog;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies a record once: a redelivered record with the same topic, key and payload is skipped and counted. */
@ApplicationScoped
public class IdempotentReceiver {

    private final MessageLog log;
    private final MessageMetrics metrics;

    public IdempotentReceiver(MessageLog log, MessageMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    /** Runs {@code apply} in the caller's transaction unless this record was applied before. */
    public void once(ConsumerRecord<String, String> record, Runnable apply) {
        String key = record.key() == null ? "" : record.key();
        String payload = record.value() == null ? "" : record.value();
        boolean first = log.firstDelivery(record.topic(), key, payload);
        if (first) {
            apply.run();
        }
        metrics.count(record.topic(), first);
    }
}
