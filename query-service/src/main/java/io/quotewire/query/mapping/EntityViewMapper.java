package io.quotewire.query.mapping;

import io.quotewire.query.domain.AliasView;
import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.EntityDetail;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.MonthCount;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.persistence.EntityQueries.EntityCounts;
import io.quotewire.query.persistence.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns stored canonical entities into the API's entity views. */
@ApplicationScoped
public class EntityViewMapper {

    /** The list row of an entity with its counts. */
    public EntitySummary toSummary(NamedEntity entity, List<String> aliases, EntityCounts counts) {
        return new EntitySummary(entity.id, entity.type, entity.canonicalName, entity.value, aliases,
                counts.articles(), counts.mentions(), counts.quotes());
    }

    /** The entity with its names and why, the articles naming it (and per month) and the quotes it said. */
    public EntityDetail toDetail(NamedEntity entity, List<String> aliases, List<AliasView> names,
            List<ArticleSummary> articles, List<QuoteListItem> quotes) {
        return new EntityDetail(entity.id, entity.type, entity.canonicalName, entity.value, aliases, names,
                byMonth(articles), articles, quotes);
    }

    /** Articles per month of the day each counts as published (publishedAt, else receivedAt), oldest first. */
    static List<MonthCount> byMonth(List<ArticleSummary> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleSummary article : articles) {
            Instant dated = article.publishedAt() != null ? article.publishedAt() : article.receivedAt();
            if (dated != null) {
                String month = dated.atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
                counts.merge(month, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(entry -> new MonthCount(entry.getKey(), entry.getValue())).toList();
    }
}
