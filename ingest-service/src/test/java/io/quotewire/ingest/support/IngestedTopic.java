package io.quotewire.ingest.support;

import io.quotewire.contracts.Topics;
import io.quotewire.teststack.SharedKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads {@code articles.ingested} on the shared broker with a plain consumer, as a downstream service would. */
public final class IngestedTopic {

    private IngestedTopic() {}

    /** The records keyed {@code articleId}, read from the beginning of the topic. */
    public static List<ConsumerRecord<String, String>> recordsKeyed(String articleId) {
        return recordsKeyed(Topics.ARTICLES_INGESTED, articleId);
    }

    /** The records of {@code topic} keyed {@code articleId}, read from its beginning. */
    public static List<ConsumerRecord<String, String>> recordsKeyed(String topic, String articleId) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!caughtUp(consumer, end) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (articleId.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /** The one record keyed {@code articleId}, if exactly one is on the topic. */
    public static Optional<ConsumerRecord<String, String>> onlyRecordKeyed(String articleId) {
        List<ConsumerRecord<String, String>> records = recordsKeyed(articleId);
        return records.size() == 1 ? Optional.of(records.get(0)) : Optional.empty();
    }

    /** How many records the topic holds in all partitions (0 before the first publish). */
    public static long size() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, Topics.ARTICLES_INGESTED);
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** Puts {@code articleId} on {@code articles.ids}, as another ingest that accepted the article would. */
    public static void publishKnownId(String articleId) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.ARTICLE_IDS, articleId, java.time.Instant.now().toString())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }
}
