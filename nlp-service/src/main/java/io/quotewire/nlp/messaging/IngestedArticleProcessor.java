package io.quotewire.nlp.messaging;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.dates.PublicationDate;
import io.quotewire.engine.events.EnrichedArticleMapper;
import io.quotewire.nlp.service.BudgetedEnricher;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Enriches each ingested article and publishes it, keyed by article id.
 *
 * <p>The incoming record is acknowledged (its offset committed) only once the enriched record is acknowledged by
 * the broker. A throw nacks the incoming record, which dead-letters it with the exception's message as the reason
 * (see application.properties), and the next article goes on. An article whose NLP outlasts
 * {@code quotewire.nlp.time-budget} is abandoned and dead-lettered the same way.
 */
@ApplicationScoped
public class IngestedArticleProcessor {

    /** Worker pool the NLP runs on; its size (application.properties) is the number of articles annotated at once. */
    static final String NLP_WORKER_POOL = "nlp";

    private static final Logger LOG = Logger.getLogger(IngestedArticleProcessor.class);

    private final BudgetedEnricher enricher;
    private final Clock clock = Clock.systemUTC();

    IngestedArticleProcessor(BudgetedEnricher enricher) {
        this.enricher = enricher;
    }

    // Unordered on the NLP worker pool: documents are annotated in parallel on every core, while the Kafka
    // connector still commits each partition's offsets in order.
    @Incoming(Topics.ARTICLES_INGESTED)
    @Outgoing(Topics.ARTICLES_ENRICHED)
    @Blocking(value = NLP_WORKER_POOL, ordered = false)
    public Record<String, ArticleEnriched> enrich(ArticleIngested article) {
        if (article == null || article.id() == null) {
            throw new IllegalArgumentException("The record is not a readable articles.ingested event.");
        }
        // The publication day ingest gave, else the dateline's, is SUTime's reference date and travels on.
        ArticleIngested dated = PublicationDate.filledIn(article);
        Enrichment enrichment = enricher.enrich(article.text(), PublicationDate.of(dated).orElse(null));
        ArticleEnriched enriched = EnrichedArticleMapper.toEvent(dated, enrichment, clock);
        LOG.infof("Enriched article %s in %d ms: %d entities, %d quotes", article.id(),
                enrichment.processingMillis(), enriched.entities().size(), enriched.quotes().size());
        return Record.of(article.id(), enriched);
    }
}
