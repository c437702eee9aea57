package io.quotewire.ingest.messaging;

import io.quotewire.ingest.service.KnownArticleIds;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * On assignment of {@code articles.ids}' partitions (all of them: every ingest has a consumer group of its own),
 * starts from the beginning and notes where each partition ends, so the ids are known to be loaded once read that far.
 */
@ApplicationScoped
@Identifier(ArticleIdsRebalance.NAME)
public class ArticleIdsRebalance implements KafkaConsumerRebalanceListener {

    /** The listener's name in {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "article-ids";

    private final KnownArticleIds known;

    public ArticleIdsRebalance(KnownArticleIds known) {
        this.known = known;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        known.assignedPartitions(byPartition(ends), byPartition(beginnings));
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        known.revokedPartitions(partitions.stream().map(TopicPartition::partition).toList());
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        Map<Integer, Long> byPartition = new HashMap<>();
        offsets.forEach((partition, offset) -> byPartition.put(partition.partition(), offset));
        return byPartition;
    }
}
