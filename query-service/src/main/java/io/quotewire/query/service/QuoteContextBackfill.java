package io.quotewire.query.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quotewire.query.domain.EntitySpan;
import io.quotewire.query.mapping.EnrichmentMapper;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fills the passage of quotes stored before V9 (issue 19), in batches on a thread of its own after start, with the
 * same {@link EnrichmentMapper#fillContext} the writer uses: until it is done such a quote matches {@code about=}
 * only by its own words. Such a quote came from an event older than pronoun references, so recomputing its
 * {@code quote_entity_ids} from the mentions loses none; quotes that have their passage are never touched.
 */
@ApplicationScoped
public class QuoteContextBackfill {

    private static final Logger LOG = Logger.getLogger(QuoteContextBackfill.class);
    static final int BATCH = 200;
    /** A batch that loses a race with a writer (its article re-enriched meanwhile) is tried again this often. */
    private static final int ATTEMPTS = 5;

    private final EnrichmentMapper mapper;

    public QuoteContextBackfill(EnrichmentMapper mapper) {
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::fillAllLogged, "quote-context-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Fills every quote that has no passage yet; the number filled. */
    public int fillAll() {
        int total = 0;
        int failures = 0;
        while (true) {
            int filled;
            try {
                filled = QuarkusTransaction.requiringNew().call(this::fillBatch);
            } catch (RuntimeException e) {
                if (++failures >= ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            total += filled;
            if (filled < BATCH) {
                return total;
            }
        }
    }

    private int fillBatch() {
        List<Quote> quotes = Quote.<Quote>find("from Quote q join fetch q.article where q.contextStart is null order by q.id")
                .page(0, BATCH).list();
        Map<String, List<EntitySpan>> spans = new HashMap<>();
        if (!quotes.isEmpty()) {
            List<String> articles = quotes.stream().map(quote -> quote.article.id).distinct().toList();
            Mention.<Mention>list("articleId in ?1 and entity is not null", articles).forEach(mention ->
                    spans.computeIfAbsent(mention.articleId, id -> new ArrayList<>())
                            .add(new EntitySpan(mention.start, mention.end, mention.entity.id)));
        }
        quotes.forEach(quote -> mapper.fillContext(quote, quote.article.text,
                spans.getOrDefault(quote.article.id, List.of())));
        return quotes.size();
    }

    private void fillAllLogged() {
        try {
            int filled = fillAll();
            if (filled > 0) {
                LOG.infof("Filled the passage of %d quotes stored before V9 (about= now reads their context)", filled);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not fill the passage of older quotes; the next start tries again");
        }
    }
}
