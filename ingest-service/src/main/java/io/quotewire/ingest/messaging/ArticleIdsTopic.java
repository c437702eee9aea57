package io.quotewire.ingest.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quotewire.contracts.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Makes {@code articles.ids} compacted at start-up, creating it if missing: with the default "delete" policy its ids
 * would expire after the retention time and re-drops of old articles would be published again. Best effort: a
 * broker that is away only costs a warning, the topic is checked again at the next start.
 */
@ApplicationScoped
public class ArticleIdsTopic {

    private static final Logger LOG = Logger.getLogger(ArticleIdsTopic.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Map<String, Object> kafkaConfig;

    public ArticleIdsTopic(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    void ensureCompacted(@Observes StartupEvent startup) {
        try (AdminClient admin = AdminClient.create(adminConfig(kafkaConfig))) {
            create(admin);
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLE_IDS);
            String policy = Optional.ofNullable(admin.describeConfigs(List.of(topic)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG))
                    .map(ConfigEntry::value).orElse("");
            if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                AlterConfigOp compact = new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET);
                admin.incrementalAlterConfigs(Map.of(topic, List.of(compact))).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("%s was '%s'; it is compacted now", Topics.ARTICLE_IDS, policy);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Could not make %s compacted (%s); it is tried again at the next start", Topics.ARTICLE_IDS,
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The broker settings an admin client takes, with its timeouts set to this class's: the services' shorter
     * {@code default.api.timeout.ms} (5 s, for the producer) below the admin client's 30 s request timeout makes
     * {@link AdminClient#create} refuse the configuration ("Failed to create new KafkaAdminClient").
     */
    static Map<String, Object> adminConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        int timeoutMs = (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        return config;
    }

    private static void create(AdminClient admin) throws InterruptedException, TimeoutException, ExecutionException {
        NewTopic topic = new NewTopic(Topics.ARTICLE_IDS, Optional.empty(), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
