package io.quotewire.ingest.messaging;

import io.quotewire.contracts.Topics;
import io.quotewire.ingest.service.KnownArticleIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code articles.ids} (every partition, from the beginning; see {@link ArticleIdsRebalance}) into the known ids. */
@ApplicationScoped
public class ArticleIdsReader {

    private final KnownArticleIds known;

    public ArticleIdsReader(KnownArticleIds known) {
        this.known = known;
    }

    @Incoming(Topics.ARTICLE_IDS)
    public void read(ConsumerRecord<String, String> record) {
        known.read(record.partition(), record.offset(), record.key());
    }
}
