package io.quotewire.nlp.messaging;

import io.quotewire.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates nlp-service's attempts topic when it is missing: compacted (only the last record per article matters),
 * with as many partitions as {@code articles.ingested}. nlp-service creates it itself because it alone uses it, and
 * a topic the broker created on first write would not be compacted.
 */
final class AttemptTopic {

    private static final int DEFAULT_PARTITIONS = 3;
    private static final int MOST_REPLICAS = 3;

    private AttemptTopic() {}

    /** Makes sure the topic exists and returns its partitions. */
    static List<TopicPartition> ensure(String bootstrapServers, Duration timeout) {
        String topic = Topics.ARTICLES_INGESTED_ATTEMPTS;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!existing.contains(topic)) {
                int partitions = existing.contains(Topics.ARTICLES_INGESTED)
                        ? describe(admin, Topics.ARTICLES_INGESTED, timeout).partitions().size() : DEFAULT_PARTITIONS;
                short replicas = (short) Math.min(MOST_REPLICAS,
                        admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size());
                create(admin, new NewTopic(topic, partitions, replicas)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)), timeout);
            }
            return describe(admin, topic, timeout).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create or describe " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + topic, e);
        }
    }

    private static void create(Admin admin, NewTopic topic, Duration timeout)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static TopicDescription describe(Admin admin, String topic, Duration timeout)
            throws InterruptedException, TimeoutException, ExecutionException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic);
    }
}
