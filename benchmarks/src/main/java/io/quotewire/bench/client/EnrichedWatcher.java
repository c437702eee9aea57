package io.quotewire.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.contracts.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code articles.enriched} from its current end, without a consumer group (it commits nothing and takes no
 * partition from anyone), noting when each article's event arrived and the NLP time it reports.
 */
public final class EnrichedWatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Thread thread;

    public EnrichedWatcher(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
        this.thread = new Thread(this::loop, "enriched-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the watcher sits at the topic's end, so no event of the coming load is missed. */
    public void awaitPositioned() throws InterruptedException {
        if (!positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Could not read " + Topics.ARTICLES_ENRICHED + " within 60 s");
        }
    }

    /** The arrival of an article's enriched event, if it has arrived. */
    public Arrival arrival(String articleId) {
        return arrivals.get(articleId);
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    arrivals.putIfAbsent(record.key(), new Arrival(System.nanoTime(), processingMillis(record.value())));
                }
            }
        } catch (WakeupException e) {
            // close() asked the loop to stop.
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static long processingMillis(String value) {
        try {
            JsonNode nlp = JSON.readTree(value).path("nlp");
            return nlp.path("processingMillis").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** When an enriched event arrived ({@link System#nanoTime()}) and the NLP time it carries. */
    public record Arrival(long nanoTime, long processingMillis) {}
}
