package io.quotewire.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quotewire.contracts.Topics;
import io.quotewire.nlp.config.NlpConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * nlp-service's attempts topic ({@link Topics#ARTICLES_INGESTED_ATTEMPTS}, compacted, keyed by article id): a write
 * returns once the broker acknowledged it, and a lookup reads the {@link AttemptTable} that follows the topic.
 */
@ApplicationScoped
public class AttemptLog {

    private static final Logger LOG = Logger.getLogger(AttemptLog.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final String bootstrapServers;
    private final Duration brokerWait;
    private final ObjectMapper mapper;
    private final AttemptTable table;
    private KafkaProducer<String, String> producer;

    AttemptLog(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, NlpConfig config,
            ObjectMapper mapper, AttemptTable table) {
        this.bootstrapServers = bootstrapServers;
        this.brokerWait = config.brokerWait();
        this.mapper = mapper;
        this.table = table;
    }

    /** Created at start-up, so the table is loaded before the first record arrives. */
    void onStart(@Observes StartupEvent event) {
        LOG.debugf("Writing and following %s", Topics.ARTICLES_INGESTED_ATTEMPTS);
    }

    @PostConstruct
    void open() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) brokerWait.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) brokerWait.dividedBy(2).toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, brokerWait.toMillis()),
                new StringSerializer(), new StringSerializer());
    }

    /** The last attempt at article {@code id}, as far as the topic has it. */
    public Optional<EnrichmentAttempt> last(String id) {
        return table.last(id);
    }

    /** Writes {@code attempt} for article {@code id} and waits for the broker's acknowledgement. */
    public void write(String id, EnrichmentAttempt attempt) {
        try {
            send(id, mapper.writeValueAsString(attempt), attempt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the attempt record of article " + id, e);
        }
    }

    /** Forgets article {@code id}: its enrichment finished. */
    public void forget(String id) {
        send(id, null, null);
    }

    private void send(String id, String json, EnrichmentAttempt attempt) {
        try {
            RecordMetadata written = producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED_ATTEMPTS, id, json))
                    .get(brokerWait.plus(CLOSE_WAIT).toMillis(), TimeUnit.MILLISECONDS);
            table.written(id, written.offset(), attempt);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not acknowledge the attempt record of article " + id
                    + " within " + brokerWait.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording an attempt at article " + id, e);
        }
    }

    @PreDestroy
    void stop() {
        if (producer != null) {
            producer.close(CLOSE_WAIT);
        }
    }
}
