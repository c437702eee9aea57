package io.quotewire.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.nlp.config.NlpConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The attempts topic read into memory by a consumer of its own that follows every partition from the first record,
 * so that whichever replica gets a record after another one died sees what that one wrote. A lookup first catches up
 * with the topic's end. Finished articles leave the table with their tombstone, so it holds only articles in progress
 * or given up on. The end offsets are asked over an admin connection of their own: on the consumer's connection the
 * broker answers them only after the consumer's pending long-poll fetch (up to its 500 ms), and every article waited
 * that long before its annotation started (147 to 488 ms in a JFR recording at light load).
 */
@ApplicationScoped
public class AttemptTable {

    private static final Logger LOG = Logger.getLogger(AttemptTable.class);
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
    private Thread follower;

    AttemptTable(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, NlpConfig config,
            ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.brokerWait = config.brokerWait();
        this.mapper = mapper;
    }

    @PostConstruct
    void open() {
        follower = new Thread(this::follow, "nlp-attempt-table");
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

    /** Takes in what this replica wrote at {@code offset} (null: the article finished), before the follower reads it. */
    void written(String id, long offset, EnrichmentAttempt attempt) {
        apply(id, offset, attempt, false);
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
                ConsumerConfig.CLIENT_ID_CONFIG, "nlp-attempt-table",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
                Admin ends = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        AdminClientConfig.CLIENT_ID_CONFIG, "nlp-attempt-table-ends",
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) brokerWait.toMillis()))) {
            following.assign(partitions);
            following.seekToBeginning(partitions);
            consumer = following;
            while (running) {
                followOnce(following, ends, partitions);
            }
        }
    }

    private void followOnce(KafkaConsumer<String, String> following, Admin ends, List<TopicPartition> partitions) {
        try {
            long ticket;
            synchronized (catchUp) {
                ticket = requested;
            }
            if (ticket > servedSoFar()) {
                Map<TopicPartition, Long> end = endOffsets(ends, partitions);
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

    /** The partitions' end offsets (high watermarks), asked over the admin connection. */
    private Map<TopicPartition, Long> endOffsets(Admin ends, List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        try {
            Map<TopicPartition, Long> end = new HashMap<>();
            ends.listOffsets(latest).all().get(brokerWait.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> end.put(partition, info.offset()));
            return end;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the end offsets of the attempts topic: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the end offsets of the attempts topic", e);
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
    }
}
