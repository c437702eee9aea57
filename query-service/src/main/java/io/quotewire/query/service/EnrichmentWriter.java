package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.domain.ArticleNames;
import io.quotewire.query.domain.EntitySpan;
import io.quotewire.query.mapping.EnrichmentMapper;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleEntity;
import io.quotewire.query.persistence.CopyRows;
import io.quotewire.query.persistence.EntityCounters;
import io.quotewire.query.persistence.EntityCounters.Counts;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import io.quotewire.query.persistence.QuoteRepeats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces an article's entities, mentions and quotes as a whole with those of an enrichment, finds whether it is a
 * copy and which of its quotes were said before, and moves the entities' stored counts by the difference. Entities
 * are resolved in a few set-based statements; links, mentions and quotes take sequence ids and go as JDBC batches.
 */
@ApplicationScoped
public class EnrichmentWriter {

    private final EntityCatalog catalog;
    private final EnrichmentMapper mapper;
    private final EntityCounters counters;
    private final CopyRows copyRows;
    private final CopyFinder copies;
    private final QuoteRepeats repeats;
    private final QuoteDeduplicator deduplicator;
    private final DeduplicationMetrics metrics;
    private final EntityManager entityManager;

    public EnrichmentWriter(EntityCatalog catalog, EnrichmentMapper mapper, EntityCounters counters,
            CopyRows copyRows, CopyFinder copies, QuoteRepeats repeats, QuoteDeduplicator deduplicator,
            DeduplicationMetrics metrics, EntityManager entityManager) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.counters = counters;
        this.copyRows = copyRows;
        this.copies = copies;
        this.repeats = repeats;
        this.deduplicator = deduplicator;
        this.metrics = metrics;
        this.entityManager = entityManager;
    }

    /**
     * Writes each event's enrichment onto its article (distinct ids), dropping whatever an earlier enrichment left, in
     * one transaction, as if one after another in list order:
     * first every article's own rows, then — holding the de-duplication lock once for all of them — the comparison
     * of each with everything stored before it, then one update of the entities' counts.
     */
    public void replaceAll(List<Article> articles, List<ArticleEnriched> events) {
        Map<Long, Counts> counts = new HashMap<>();
        List<Map<String, Long>> resolved = catalog.resolveAll(events);
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            written.add(writeOwnRows(articles.get(i), events.get(i), resolved.get(i), counts));
        }
        // Everything above is the articles' own; what follows compares them with the others, one writer at a time.
        // Flushed before the lock, so the lock is held for the comparison and the commit only. The comparison then
        // works on the (detached) rows by SQL alone: the persistence context holds thousands of rows for a batch, and
        // flushing it after every article, so that the next one sees this one's marks, cost more than the rest.
        entityManager.flush();
        entityManager.clear();
        long started = System.nanoTime();
        copyRows.lock();
        long lockWait = (System.nanoTime() - started) / written.size();
        List<String> storedLater = new ArrayList<>(written.stream().map(w -> w.article().id).toList());
        for (Written article : written) {
            long compared = System.nanoTime();
            storedLater.remove(0);
            List<String> excluded = new ArrayList<>(storedLater);
            excluded.add(article.article().id);
            int newCopies = copies.find(article.article(), excluded, article.replacing());
            deduplicator.mark(excluded, article.quotes());
            metrics.deduplicated(lockWait + System.nanoTime() - compared, newCopies,
                    article.quotes().stream().filter(quote -> quote.duplicateOf != null).count());
            counts(article.linked(), article.idsByKey(), article.event(), article.quotes())
                    .forEach((entityId, added) -> counts.merge(entityId, added, Counts::plus));
        }
        counters.move(counts);
    }

    /**
     * Replaces the article's links, mentions and quotes with the event's, taking what the old ones counted out of
     * {@code counts}; an article never enriched before has none, which saves their look-ups.
     */
    private Written writeOwnRows(Article article, ArticleEnriched event, Map<String, Long> idsByKey,
            Map<Long, Counts> counts) {
        boolean replacing = article.enrichedAt != null;
        if (replacing) {
            Map<Long, Counts> old = counters.ofArticle(article.id);
            old.forEach((entityId, stored) -> counts.merge(entityId, stored.negated(), Counts::plus));
            if (!old.isEmpty()) {
                // Quotes first said here and repeated elsewhere keep a first occurrence when these go.
                repeats.promoteSuccessors(article.id)
                        .forEach(speaker -> counts.merge(speaker, Counts.QUOTE, Counts::plus));
            }
            Mention.delete("articleId", article.id);
            Quote.delete("article", article);
            ArticleEntity.delete("articleId", article.id);
        }
        // Two keys of one article may merge into the same canonical entity: link it once.
        TreeSet<Long> linked = new TreeSet<>();
        idsByKey.values().stream().filter(java.util.Objects::nonNull).forEach(linked::add);
        for (Long entityId : linked) {
            ArticleEntity link = new ArticleEntity();
            link.articleId = article.id;
            link.entityId = entityId;
            link.persist();
        }
        Map<String, NamedEntity> byKey = references(idsByKey);
        for (ArticleEnriched.Mention mention : listOf(event.mentions())) {
            mapper.toMention(mention, article.id, byKey.get(mention.entityKey())).persist();
        }
        List<EntitySpan> spans = entitySpans(event, idsByKey);
        ArticleNames names = ArticleNames.of(article.text, spans);
        List<Quote> quotes = new ArrayList<>();
        for (ArticleEnriched.Quote quote : listOf(event.quotes())) {
            Quote stored = mapper.toQuote(quote, article, byKey, spans, names);
            stored.persist();
            quotes.add(stored);
        }
        mapper.copyEnrichmentInto(event, article);
        article.entityCount = linked.size();
        article.quoteCount = quotes.size();
        return new Written(article, event, idsByKey, linked, quotes, replacing);
    }

    /** One article's own rows, written and not yet compared with the others. */
    private record Written(Article article, ArticleEnriched event, Map<String, Long> idsByKey, Set<Long> linked,
            List<Quote> quotes, boolean replacing) {}

    /** What the new links, mentions and first occurrences of quotes count towards each entity. */
    private static Map<Long, Counts> counts(Set<Long> linked, Map<String, Long> idsByKey, ArticleEnriched event,
            List<Quote> quotes) {
        Map<Long, Counts> counts = new HashMap<>();
        linked.forEach(entityId -> counts.merge(entityId, new Counts(1, 0, 0), Counts::plus));
        for (ArticleEnriched.Mention mention : listOf(event.mentions())) {
            Long entityId = mention.entityKey() == null ? null : idsByKey.get(mention.entityKey());
            if (entityId != null) {
                counts.merge(entityId, new Counts(0, 1, 0), Counts::plus);
            }
        }
        for (Quote quote : quotes) {
            if (quote.speakerEntity != null && quote.duplicateOf == null) {
                counts.merge(quote.speakerEntity.id, Counts.QUOTE, Counts::plus);
            }
        }
        return counts;
    }

    /** Where the article names each of its canonical entities, for the quotes' entities inside and around them. */
    private static List<EntitySpan> entitySpans(ArticleEnriched event, Map<String, Long> idsByKey) {
        return listOf(event.mentions()).stream()
                .filter(mention -> mention.entityKey() != null && idsByKey.get(mention.entityKey()) != null)
                .map(mention -> new EntitySpan(mention.start(), mention.end(), idsByKey.get(mention.entityKey())))
                .toList();
    }

    /** Entity references by key, for the mentions' and quotes' foreign keys, without loading the entities. */
    private Map<String, NamedEntity> references(Map<String, Long> idsByKey) {
        Map<String, NamedEntity> byKey = new HashMap<>();
        idsByKey.forEach((key, id) -> {
            if (id != null) {
                byKey.put(key, entityManager.getReference(NamedEntity.class, id));
            }
        });
        return byKey;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
