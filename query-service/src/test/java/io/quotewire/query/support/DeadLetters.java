package io.quotewire.query.support;

import io.quotewire.teststack.SharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the shared broker from the beginning, to find what the service dead-lettered or published. */
public final class DeadLetters implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public DeadLetters(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "query-service-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    /** Polls once more and answers the record with {@code key}, if it has arrived. */
    public Optional<ConsumerRecord<String, String>> find(String key) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().filter(record -> key.equals(record.key())).findFirst();
    }

    /** Polls once more and answers every record with {@code key} seen so far. */
    public List<ConsumerRecord<String, String>> recordsKeyed(String key) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Polls once more and answers the keys of every record seen so far. */
    public List<String> keys() {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().map(ConsumerRecord::key).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
