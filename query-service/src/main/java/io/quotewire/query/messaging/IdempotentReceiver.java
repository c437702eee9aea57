package io.quotewire.query.messaging;

import io.quotewire.query.service.MessageLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * {@link #once} for the records of a batch, all of one topic, in one statement: the records not applied before,
     * in their order, to be applied by the caller in this transaction.
     */
    public List<ConsumerRecord<String, String>> firstDeliveries(List<ConsumerRecord<String, String>> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        String topic = records.get(0).topic();
        List<Boolean> first = log.firstDeliveries(topic,
                records.stream().map(record -> record.key() == null ? "" : record.key()).toList(),
                records.stream().map(record -> record.value() == null ? "" : record.value()).toList());
        List<ConsumerRecord<String, String>> fresh = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            metrics.count(topic, first.get(i));
            if (first.get(i)) {
                fresh.add(records.get(i));
            }
        }
        return fresh;
    }
}
