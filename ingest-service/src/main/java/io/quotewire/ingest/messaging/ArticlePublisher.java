package io.quotewire.ingest.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ProblemException;
import io.quotewire.ingest.domain.ProblemType;
import io.quotewire.ingest.service.RecentArticles;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/** Publishes articles on {@code articles.ingested}, keyed by article id, and returns only once the broker acknowledged. */
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final MutinyEmitter<ArticleIngested> emitter;
    private final RecentArticles recent;
    private final IngestConfig config;

    // Unbounded: every message in the buffer belongs to a request that is waiting for its acknowledgement, so the
    // buffer is bounded by the requests being served (each at most max-files files and max-body-size bytes). The
    // default 128 would fail a few concurrent 200-file requests that the producer could easily take.
    public ArticlePublisher(
            @Channel(Topics.ARTICLES_INGESTED) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            MutinyEmitter<ArticleIngested> emitter,
            RecentArticles recent, IngestConfig config) {
        this.emitter = emitter;
        this.recent = recent;
        this.config = config;
    }

    /**
     * Sends all {@code articles} at once and waits for every acknowledgement (acks=all), so that one request's files
     * share produce batches instead of paying one broker round trip each. If any is not acknowledged within the
     * publish timeout the whole request fails with a 503 problem; the ones acknowledged are on the topic (and
     * remembered as such), and sending the request again is safe because ids are derived from the text.
     */
    public void publishAll(List<ArticleIngested> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<Uni<Void>> acknowledgements = articles.stream().map(this::send).toList();
        try {
            Uni.join().all(acknowledgements).andCollectFailures().await().atMost(config.ingest().publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("%d article(s) not all acknowledged by the broker: %s", articles.size(), e.toString());
            throw new ProblemException(ProblemType.BROKER_UNAVAILABLE,
                    "The message broker did not confirm the article, so it was not accepted. Send it again later.", e);
        }
    }

    private Uni<Void> send(ArticleIngested article) {
        Message<ArticleIngested> message = Message.of(article).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        return emitter.sendMessage(message).invoke(() -> recent.add(article.id()));
    }
}
