package io.quotewire.nlp.messaging;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.dates.PublicationDate;
import io.quotewire.engine.events.EnrichedArticleMapper;
import io.quotewire.nlp.service.AnnotationPool;
import io.quotewire.nlp.service.BudgetedEnricher;
import io.quotewire.nlp.service.EnrichmentStoppedException;
import io.quotewire.support.tracing.ArticleSpans;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Enriches each ingested article and publishes it, keyed by article id.
 *
 * <p>The incoming record is acknowledged (its offset committed) only once the enriched record is acknowledged by
 * the broker. A throw nacks the incoming record, which dead-letters it with the exception's message as the reason
 * (see application.properties), and the next article goes on. An article whose NLP outlasts its time budget is
 * abandoned and dead-lettered the same way. Before annotating, the {@link RedeliveryGuard} records the attempt, so
 * a record that was given up on, or that stopped the service too often, is dead-lettered after a restart without
 * being annotated again.
 */
@ApplicationScoped
public class IngestedArticleProcessor {

    /** Worker pool the articles run on; its size (application.properties) is the number in progress at once. */
    static final String NLP_WORKER_POOL = "nlp";

    private static final Logger LOG = Logger.getLogger(IngestedArticleProcessor.class);

    private final BudgetedEnricher enricher;
    private final RedeliveryGuard guard;
    private final AnnotationPool pool;
    private final ArticleSpans spans;
    private final Clock clock = Clock.systemUTC();

    IngestedArticleProcessor(BudgetedEnricher enricher, RedeliveryGuard guard, AnnotationPool pool, ArticleSpans spans) {
        this.enricher = enricher;
        this.guard = guard;
        this.pool = pool;
        this.spans = spans;
    }

    // Unordered on the NLP worker pool: articles are enriched side by side, their chunks sharing the annotation
    // threads, while the Kafka connector still commits each partition's offsets in order.
    @Incoming(Topics.ARTICLES_INGESTED)
    @Outgoing(Topics.ARTICLES_ENRICHED)
    @Blocking(value = NLP_WORKER_POOL, ordered = false)
    public Record<String, ArticleEnriched> enrich(ConsumerRecord<String, ArticleIngested> record) {
        ArticleIngested article = record.value();
        if (article == null || article.id() == null) {
            throw new IllegalArgumentException("The record is not a readable articles.ingested event.");
        }
        enricher.requireEnrichable(article.text());
        EnrichmentAttempt attempt = admit(article, record);
        // A child of the record's consumer span (the trace ingest started); the enriched record's producer span is
        // that consumer span's child too, as the outgoing message keeps the incoming one's tracing metadata.
        return spans.call("enrich article", article.id(), () -> enrichAttempt(article, attempt));
    }

    private Record<String, ArticleEnriched> enrichAttempt(ArticleIngested article, EnrichmentAttempt attempt) {
        // The publication day ingest gave, else the dateline's, is SUTime's reference date and travels on.
        ArticleIngested dated = PublicationDate.filledIn(article);
        Enrichment enrichment;
        try {
            enrichment = enricher.enrich(article.text(), PublicationDate.of(dated).orElse(null));
        } catch (EnrichmentStoppedException e) {
            guard.released(article.id(), attempt);
            holdWhileStopping();
            throw e;
        } catch (RuntimeException e) {
            guard.failed(article.id(), attempt, e.getMessage());
            throw e;
        }
        guard.succeeded(article.id());
        ArticleEnriched enriched = EnrichedArticleMapper.toEvent(dated, enrichment, clock);
        LOG.infof("Enriched article %s (%,d characters, attempt %d) in %d ms: %d entities, %d quotes", article.id(),
                article.text().length(), attempt.attempt(), enrichment.processingMillis(), enriched.entities().size(),
                enriched.quotes().size());
        return Record.of(article.id(), enriched);
    }

    /**
     * Returning now would nack the record and dead-letter an article that is not at fault. Held until the worker pool
     * is torn down, after the connector stopped, the record is neither acknowledged nor dead-lettered, and the next
     * start reads it again.
     */
    private void holdWhileStopping() {
        if (!pool.isStopping()) {
            return;
        }
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EnrichmentAttempt admit(ArticleIngested article, ConsumerRecord<String, ArticleIngested> record) {
        try {
            return guard.admit(article.id(), record.partition(), record.offset());
        } catch (PoisonRecordException e) {
            LOG.warnf("Dead-lettering article %s (partition %d, offset %d) without annotating it: %s", article.id(),
                    record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
