package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.domain.EntitySpan;
import io.quotewire.query.mapping.EnrichmentMapper;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleEntity;
import io.quotewire.query.persistence.EntityCounters;
import io.quotewire.query.persistence.EntityCounters.Counts;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces an article's entities, mentions and quotes as a whole with those of an enrichment, and moves the
 * entities' stored counts by the difference. Entities are resolved in a few set-based statements; links, mentions
 * and quotes take sequence ids, so Hibernate sends them as JDBC batches at commit.
 */
@ApplicationScoped
public class EnrichmentWriter {

    private final EntityCatalog catalog;
    private final EnrichmentMapper mapper;
    private final EntityCounters counters;
    private final EntityManager entityManager;

    public EnrichmentWriter(EntityCatalog catalog, EnrichmentMapper mapper, EntityCounters counters,
            EntityManager entityManager) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.counters = counters;
        this.entityManager = entityManager;
    }

    /** Writes {@code event}'s enrichment onto {@code article}, dropping whatever an earlier enrichment left. */
    public void replace(Article article, ArticleEnriched event) {
        Map<Long, Counts> counts = new HashMap<>();
        counters.ofArticle(article.id).forEach((entityId, old) -> counts.merge(entityId, old.negated(), Counts::plus));
        Mention.delete("articleId", article.id);
        Quote.delete("article", article);
        ArticleEntity.delete("articleId", article.id);

        Map<String, Long> idsByKey = catalog.resolve(listOf(event.entities()));
        // Two keys of one article may merge into the same canonical entity: link it once.
        TreeSet<Long> linked = new TreeSet<>(idsByKey.values());
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
        List<ArticleEnriched.Quote> quotes = listOf(event.quotes());
        List<EntitySpan> spans = entitySpans(event, idsByKey);
        quotes.forEach(quote -> mapper.toQuote(quote, article, byKey, spans).persist());

        counts(linked, idsByKey, event).forEach((entityId, added) -> counts.merge(entityId, added, Counts::plus));
        counters.move(counts);

        mapper.copyEnrichmentInto(event, article);
        article.entityCount = linked.size();
        article.quoteCount = quotes.size();
    }

    /** What the new links, mentions and quotes count towards each entity. */
    private static Map<Long, Counts> counts(Set<Long> linked, Map<String, Long> idsByKey, ArticleEnriched event) {
        Map<Long, Counts> counts = new HashMap<>();
        linked.forEach(entityId -> counts.merge(entityId, new Counts(1, 0, 0), Counts::plus));
        for (ArticleEnriched.Mention mention : listOf(event.mentions())) {
            Long entityId = mention.entityKey() == null ? null : idsByKey.get(mention.entityKey());
            if (entityId != null) {
                counts.merge(entityId, new Counts(0, 1, 0), Counts::plus);
            }
        }
        for (ArticleEnriched.Quote quote : listOf(event.quotes())) {
            String key = quote.speaker() == null ? null : quote.speaker().entityKey();
            Long entityId = key == null ? null : idsByKey.get(key);
            if (entityId != null) {
                counts.merge(entityId, new Counts(0, 0, 1), Counts::plus);
            }
        }
        return counts;
    }

    /** Where the article names each of its canonical entities, for the quotes' entities inside and around them. */
    private static List<EntitySpan> entitySpans(ArticleEnriched event, Map<String, Long> idsByKey) {
        return listOf(event.mentions()).stream()
                .filter(mention -> idsByKey.get(mention.entityKey()) != null)
                .map(mention -> new EntitySpan(mention.start(), mention.end(), idsByKey.get(mention.entityKey())))
                .toList();
    }

    /** Entity references by key, for the mentions' and quotes' foreign keys, without loading the entities. */
    private Map<String, NamedEntity> references(Map<String, Long> idsByKey) {
        Map<String, NamedEntity> byKey = new HashMap<>();
        idsByKey.forEach((key, id) -> byKey.put(key, entityManager.getReference(NamedEntity.class, id)));
        return byKey;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
