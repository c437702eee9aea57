package io.quotewire.bench.client;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes ready-made events onto one pipeline topic, keyed by article id, with nlp-service's producer settings
 * (acks=all, idempotence, zstd, records up to 8 MB), as the service that owns the topic would.
 */
public final class EventProducer implements AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final AtomicReference<Exception> firstError = new AtomicReference<>();

    public EventProducer(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    /** Queues one event; {@link #flush()} waits for the broker's acknowledgement of all of them. */
    public void send(String articleId, String json) {
        producer.send(new ProducerRecord<>(topic, articleId, json), (metadata, error) -> {
            if (error != null) {
                firstError.compareAndSet(null, error);
            }
        });
    }

    /** Waits until every queued event is acknowledged; fails if the broker refused any. */
    public void flush() {
        producer.flush();
        Exception error = firstError.get();
        if (error != null) {
            throw new IllegalStateException("The broker refused an event on " + topic + ": " + error.getMessage(), error);
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(30));
    }
}
