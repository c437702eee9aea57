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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The attempts topic ({@link Topics#ARTICLES_INGESTED_ATTEMPTS}, compacted, keyed by article id) read into memory
 * and kept current by a consumer of its own that follows every partition, so that whichever replica gets a record
 * after another one died sees what that one wrote. A write returns once the broker acknowledged it.
 *
 * <p>Finished articles are removed with a tombstone, so the table holds only articles in progress or given up on.
 */
@ApplicationScoped
public class AttemptLog {

    private static final Logger LOG = Logger.getLogger(AttemptLog.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** An attempt (null once finished) and the attempts topic offset it was written at. */
    private record Held(long offset, EnrichmentAttempt attempt) {}

    private final String bootstrapServers;
    private final Duration brokerWait;
    private final ObjectMapper mapper;
    private final Map<String, Held> table = new ConcurrentHashMap<>();
    private final Object catchUp = new Object();
    private long requested;
    private long served;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> producer;
    private Thread follower;

    AttemptLog(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, NlpConfig config,
            ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.brokerWait = config.brokerWait();
        this.mapper = mapper;
    }

    /** Created at start-up, so the table is loaded before the first record arrives. */
    void onStart(@Observes StartupEvent event) {
        LOG.debugf("Following %s", Topics.ARTICLES_INGESTED_ATTEMPTS);
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
        follower = new Thread(this::follow, "nlp-attempt-log");
        follower.setDaemon(true);
        follower.start();
    }

    /** The last attempt at article {@code id}, once the table has caught up with the topic (within broker-wait). */
    public Optional<EnrichmentAttempt> last(String id) {
        if (!awaitCaughtUp()) {
            LOG.warnf("The attempts topic did not catch up within %d s; deciding on article %s from what was read",
                    brokerWait.toSeconds(), id);
        }
        Held held = table.get(id);
        return held == null ? Optional.empty() : Optional.ofNullable(held.attempt());
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
                    .get(brokerWait.plus(RETRY).toMillis(), TimeUnit.MILLISECONDS);
            apply(id, written.offset(), attempt, false);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not acknowledge the attempt record of article " + id
                    + " within " + brokerWait.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording an attempt at article " + id, e);
        }
    }

    /**
     * Keeps the newest of what was written and what was read for a key. A finished article leaves the table once
     * the follower has read its tombstone; until then a marker keeps an older record read late from coming back.
     */
    private void apply(String id, long offset, EnrichmentAttempt attempt, boolean read) {
        table.compute(id, (key, held) -> {
            if (held != null && held.offset() > offset) {
                return held;
            }
            if (attempt == null) {
                return read ? null : new Held(offset, null);
            }
            return new Held(offset, attempt);
        });
    }

    private boolean awaitCaughtUp() {
        long deadline = System.nanoTime() + brokerWait.toNanos();
        synchronized (catchUp) {
            long ticket = ++requested;
            KafkaConsumer<String, String> following = consumer;
            if (following != null) {
                following.wakeup();
            }
            while (served < ticket) {
                long waitMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (waitMillis <= 0) {
                    return false;
                }
                try {
                    catchUp.wait(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void follow() {
        List<TopicPartition> partitions = null;
        while (running && partitions == null) {
            try {
                partitions = AttemptTopic.ensure(bootstrapServers, brokerWait);
            } catch (RuntimeException e) {
                LOG.infof("Attempts topic not available yet (%s); trying again", e.getMessage());
                pause();
            }
        }
        if (partitions == null) {
            return;
        }
        try (KafkaConsumer<String, String> following = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "nlp-attempt-log",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            following.assign(partitions);
            following.seekToBeginning(partitions);
            consumer = following;
            while (running) {
                followOnce(following, partitions);
            }
        }
    }

    private void followOnce(KafkaConsumer<String, String> following, List<TopicPartition> partitions) {
        try {
            long ticket;
            synchronized (catchUp) {
                ticket = requested;
            }
            if (ticket > servedSoFar()) {
                Map<TopicPartition, Long> end = following.endOffsets(partitions, brokerWait);
                while (running && end.entrySet().stream().anyMatch(e -> following.position(e.getKey()) < e.getValue())) {
                    readAll(following, POLL);
                }
                synchronized (catchUp) {
                    served = ticket;
                    catchUp.notifyAll();
                }
            } else {
                readAll(following, POLL);
            }
        } catch (WakeupException e) {
            // A caller asked to catch up: loop round and serve it.
        } catch (RuntimeException e) {
            LOG.debugf("Reading the attempts topic failed (%s); trying again", e.toString());
            pause();
        }
    }

    private long servedSoFar() {
        synchronized (catchUp) {
            return served;
        }
    }

    private void readAll(KafkaConsumer<String, String> following, Duration timeout) {
        for (ConsumerRecord<String, String> record : following.poll(timeout)) {
            apply(record.key(), record.offset(), parse(record), true);
        }
    }

    private EnrichmentAttempt parse(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            return mapper.readValue(record.value(), EnrichmentAttempt.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring an unreadable attempt record of article %s: %s", record.key(), e.getMessage());
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, String> following = consumer;
        if (following != null) {
            following.wakeup();
        }
        if (follower != null) {
            try {
                follower.join(RETRY.toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(RETRY);
        }
    }
}
