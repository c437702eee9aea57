package io.quotewire.ingest.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ProblemException;
import io.quotewire.ingest.domain.ProblemType;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** Publishes articles on {@code articles.ingested}, keyed by article id, and returns only once the broker acknowledged. */
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final MutinyEmitter<ArticleIngested> emitter;
    private final IngestConfig config;

    public ArticlePublisher(@Channel(Topics.ARTICLES_INGESTED) MutinyEmitter<ArticleIngested> emitter,
            IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /** Sends {@code article} and waits for the acknowledgement (acks=all); a failure or timeout becomes a 503 problem. */
    public void publish(ArticleIngested article) {
        Message<ArticleIngested> message = Message.of(article).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        try {
            emitter.sendMessage(message).await().atMost(config.ingest().publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("Article %s was not acknowledged by the broker: %s", article.id(), e.toString());
            throw new ProblemException(ProblemType.BROKER_UNAVAILABLE,
                    "The message broker did not confirm the article, so it was not accepted. Send it again later.", e);
        }
    }
}
