package io.quotewire.stack;

import io.quotewire.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics (3 partitions, one replica; articles.ids compacted) and leaves existing ones be. */
public final class TopicCreator {

    /** The topics every Quotewire stack needs. */
    public static final List<String> TOPICS = List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED,
            Topics.ARTICLES_INGESTED_DLQ, Topics.ARTICLES_ENRICHED_DLQ, Topics.ARTICLES_STATUS_DLQ, Topics.ARTICLE_IDS);

    /** Topics that keep the latest record per key for good rather than expiring records. */
    private static final Map<String, String> COMPACTED = Map.of(Topics.ARTICLE_IDS, "compact");

    static final int PARTITIONS = 3;

    private TopicCreator() {}

    /** Creates each missing topic; returns the names it created. */
    public static List<String> createMissing(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = TOPICS.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1).configs(COMPACTED.containsKey(name)
                            ? Map.of("cleanup.policy", COMPACTED.get(name)) : Map.of()))
                    .toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            throw new StackException("Could not list the Kafka topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while creating topics", e);
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation)
            throws InterruptedException {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new StackException("Could not create topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        }
    }
}
