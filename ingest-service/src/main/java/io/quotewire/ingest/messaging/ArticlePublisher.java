package io.quotewire.ingest.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.support.problem.ProblemException;
import io.quotewire.support.tracing.ArticleSpans;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.ingest.service.KnownArticleIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
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

    /** Outgoing channel to {@code articles.ids}; not the topic's name, which is this service's incoming channel. */
    public static final String ARTICLE_IDS_OUT = "articles.ids.out";

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final MutinyEmitter<ArticleIngested> emitter;
    private final MutinyEmitter<String> ids;
    private final KnownArticleIds known;
    private final IngestConfig config;
    private final ArticleSpans spans;

    // Unbounded: every message in the buffer belongs to a request that is waiting for its acknowledgement, so the
    // buffer is bounded by the requests being served (each at most max-files files and max-body-size bytes). The
    // default 128 would fail a few concurrent 200-file requests that the producer could easily take.
    public ArticlePublisher(
            @Channel(Topics.ARTICLES_INGESTED) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            MutinyEmitter<ArticleIngested> emitter,
            @Channel(ARTICLE_IDS_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> ids,
            KnownArticleIds known, IngestConfig config, ArticleSpans spans) {
        this.emitter = emitter;
        this.ids = ids;
        this.known = known;
        this.config = config;
        this.spans = spans;
    }

    /**
     * Sends all {@code articles} at once and waits for every acknowledgement (acks=all), so that one request's files
     * share produce batches instead of paying one broker round trip each. If any is not acknowledged within the
     * publish timeout the whole request fails with a 503 problem; the ones acknowledged are on the topic (and
     * remembered as such), and sending the request again is safe because ids are derived from the text.
     * An acknowledged article's id is then remembered and put on {@code articles.ids} for every other ingest
     * (and for this one after a restart); it is never written before its article, so it never hides one.
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
            throw new ProblemException(IngestProblem.BROKER_UNAVAILABLE,
                    "The message broker did not confirm the article, so it was not accepted. Send it again later.", e)
                    .retryAfter(config.ingest().retryAfterSeconds());
        }
    }

    // The article's span (child of the request's) goes with the message, so the Kafka producer span and the record's
    // trace headers descend from it whichever thread the emitter sends on; it ends with the broker's answer.
    private Uni<Void> send(ArticleIngested article) {
        Span span = spans.start("ingest article", article.id());
        Message<ArticleIngested> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                .addMetadata(TracingMetadata.withCurrent(Context.current().with(span)));
        return emitter.sendMessage(message).invoke(() -> remember(article))
                .onFailure().invoke(failure -> ArticleSpans.failed(span, failure))
                .onTermination().invoke(span::end);
    }

    /**
     * Known here at once; on {@code articles.ids} without waiting. Should that write fail, a later re-drop is
     * published again, and every consumer upserts by id, so there is still one article downstream.
     */
    private void remember(ArticleIngested article) {
        known.add(article.id());
        Message<String> id = Message.of(article.receivedAt().toString()).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        ids.sendMessage(id).subscribe().with(done -> { }, failure -> LOG.warnf(
                "Article %s is published but its id did not reach %s: %s", article.id(), Topics.ARTICLE_IDS, failure));
    }
}
