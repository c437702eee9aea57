package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.mapping.EnrichmentMapper;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleEntity;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces an article's entities, mentions and quotes as a whole with those of an enrichment. */
@ApplicationScoped
public class EnrichmentWriter {

    private final EntityCatalog catalog;
    private final EnrichmentMapper mapper;

    public EnrichmentWriter(EntityCatalog catalog, EnrichmentMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    /** Writes {@code event}'s enrichment onto {@code article}, dropping whatever an earlier enrichment left. */
    public void replace(Article article, ArticleEnriched event) {
        Mention.delete("articleId", article.id);
        Quote.delete("article", article);
        ArticleEntity.delete("articleId", article.id);

        Map<String, NamedEntity> byKey = resolveEntities(article.id, event.entities());
        for (ArticleEnriched.Mention mention : listOf(event.mentions())) {
            mapper.toMention(mention, article.id, byKey.get(mention.entityKey())).persist();
        }
        List<ArticleEnriched.Quote> quotes = listOf(event.quotes());
        quotes.forEach(quote -> mapper.toQuote(quote, article, byKey).persist());

        mapper.copyEnrichmentInto(event, article);
        article.entityCount = (int) byKey.values().stream().map(entity -> entity.id).distinct().count();
        article.quoteCount = quotes.size();
    }

    private Map<String, NamedEntity> resolveEntities(String articleId, List<ArticleEnriched.Entity> entities) {
        Map<String, NamedEntity> byKey = new HashMap<>();
        for (ArticleEnriched.Entity entity : listOf(entities)) {
            if (isBlank(entity.name()) || isBlank(entity.type())) {
                continue; // Nothing to merge by; its mentions are kept without an entity.
            }
            NamedEntity stored = catalog.resolve(entity.type(), entity.name(), listOf(entity.aliases()));
            // Two keys of one article may merge into the same canonical entity: link it once.
            if (!byKey.containsValue(stored)) {
                ArticleEntity link = new ArticleEntity();
                link.articleId = articleId;
                link.entityId = stored.id;
                link.persist();
            }
            byKey.put(entity.key(), stored);
        }
        return byKey;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
