package io.quotewire.nlp.messaging;

import io.quotewire.teststack.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the shared test broker: send raw JSON, and wait for records with a given key. */
final class KafkaTestClient {

    private KafkaTestClient() {}

    static void send(String topic, String key, String json) {
        send(new ProducerRecord<>(topic, key, json));
    }

    /** Sends the record and returns where the broker put it. */
    static RecordMetadata send(ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send the test record to " + record.topic(), e);
        }
    }

    /** The offset the next record written to partition {@code partition} of {@code topic} will get. */
    static long nextOffset(String topic, int partition) {
        try (KafkaConsumer<String, String> consumer = plainConsumer()) {
            TopicPartition topicPartition = new TopicPartition(topic, partition);
            return consumer.endOffsets(List.of(topicPartition), Duration.ofSeconds(30)).get(topicPartition);
        }
    }

    /** Every record with key {@code key} on {@code topic}, from the first to the current end, in offset order. */
    static List<ConsumerRecord<String, String>> recordsOf(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = plainConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static KafkaConsumer<String, String> plainConsumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    /** Reads {@code topic} from the beginning until a record matching {@code wanted} arrives. */
    static ConsumerRecord<String, String> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = fromTheBeginning(topic)) {
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout + "; keys seen: " + seen);
    }

    /** Reads {@code topic} from the beginning until a record of each of {@code keys} arrived; the first of each. */
    static List<ConsumerRecord<String, String>> awaitRecords(String topic, Set<String> keys, Duration timeout) {
        Map<String, ConsumerRecord<String, String>> found = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = fromTheBeginning(topic)) {
            while (System.nanoTime() < deadline && found.size() < keys.size()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        found.putIfAbsent(record.key(), record);
                    }
                }
            }
        }
        if (found.size() < keys.size()) {
            throw new AssertionError("Only " + found.keySet() + " of " + keys + " arrived on " + topic + " within "
                    + timeout);
        }
        return new ArrayList<>(found.values());
    }

    /** A consumer of a group of its own, subscribed to {@code topic} from its first record. */
    private static KafkaConsumer<String, String> fromTheBeginning(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "nlp-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** The value of a record header as text, or null. */
    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
