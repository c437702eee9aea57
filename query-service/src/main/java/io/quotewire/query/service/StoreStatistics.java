package io.quotewire.query.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Analyzes the store's tables each time the number of stored articles doubles (from a configured size on), so that
 * the plans a connection cached while the store was small are made again for its size.
 *
 * <p>Why: PostgreSQL keeps a prepared statement's generic plan until the statistics of a table it reads change. Made
 * on an almost empty store, the copy candidates were a sequential scan of every band and the repeat lookups walked
 * all of a speaker's quotes: 5-7 ms an article instead of 0.2, for the first 30-60 s of a bulk fill, until autovacuum
 * analyzed the tables (docs/benchmarks.md, "Where a stored article's time goes"). Past the first sizes a doubling is
 * rare, and autovacuum's own analyzing keeps up.
 */
@ApplicationScoped
public class StoreStatistics {

    private static final Logger LOG = Logger.getLogger(StoreStatistics.class);

    // The tables the store path's own look-ups read (copy candidates, repeats). The others (quote_about, mention,
    // article_entity) are the largest to sample, up to 8 s at 84,000 articles for all six, and only written here.
    private static final String TABLES = "article, article_band, quote";

    private final EntityManager entityManager;
    private final long firstSize;
    private long stored = -1;
    private long nextSize;

    public StoreStatistics(EntityManager entityManager,
            @ConfigProperty(name = "quotewire.query.statistics.first-analyze-at") long firstSize) {
        this.entityManager = entityManager;
        this.firstSize = firstSize;
    }

    /** Counts {@code articles} just stored; analyzes the tables, and says so, when the store has doubled since. */
    public synchronized boolean stored(int articles) {
        if (stored < 0) {
            stored = estimatedArticles();
            nextSize = Math.max(firstSize, 2 * stored);
        }
        stored += articles;
        if (stored < nextSize) {
            return false;
        }
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery("ANALYZE " + TABLES).executeUpdate());
        nextSize = 2 * stored;
        LOG.infof("Store at about %d articles: tables analyzed in %d ms, next at %d", stored,
                (System.nanoTime() - started) / 1_000_000, nextSize);
        return true;
    }

    /** PostgreSQL's own estimate (no count of a large table); 0 for a table never analyzed. */
    private long estimatedArticles() {
        Number estimate = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'article'::regclass")
                .getSingleResult());
        return estimate.longValue();
    }
}
