package io.quotewire.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quotewire.teststack.EventSchemas;
import io.quotewire.teststack.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to the shared real broker the way the other services do: keyed by article id, JSON values. */
public final class EventPublisher {

    private static KafkaProducer<String, String> producer;

    private EventPublisher() {}

    /** Serialises {@code event} with the services' mapper settings and sends it, waiting for the broker's ack. */
    public static String publish(String topic, String key, Object event) {
        String json = toJson(event);
        send(new ProducerRecord<>(topic, key, json));
        return json;
    }

    /**
     * Sends every (key, json) at once, then waits for all the broker's acks, so that they arrive together and the
     * service reads them in few polls (its batches).
     */
    public static void publishAllRaw(String topic, List<Map.Entry<String, String>> records) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        records.forEach(record -> sent.add(producer().send(new ProducerRecord<>(topic, record.getKey(),
                record.getValue()))));
        producer().flush();
        for (Future<RecordMetadata> ack : sent) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The broker did not acknowledge a test record", e);
            }
        }
    }

    /** Sends exactly {@code json}, e.g. to redeliver a payload byte for byte or to send garbage. */
    public static void publishRaw(String topic, String key, String json) {
        send(new ProducerRecord<>(topic, key, json));
    }

    /** Sends {@code event} with a {@code header} as a dead-letter topic record would carry it. */
    public static void publishWithHeader(String topic, String key, Object event, String header, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, toJson(event));
        record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** The JSON the services would put on the wire for {@code event}. */
    public static String toJson(Object event) {
        try {
            return EventSchemas.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not acknowledge a test record", e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }
}
