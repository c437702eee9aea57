package io.quotewire.query.mapping;

import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.EntityDetail;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.persistence.EntityQueries.EntityCounts;
import io.quotewire.query.persistence.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns stored canonical entities into the API's entity views. */
@ApplicationScoped
public class EntityViewMapper {

    /** The list row of an entity with its counts. */
    public EntitySummary toSummary(NamedEntity entity, List<String> aliases, EntityCounts counts) {
        return new EntitySummary(entity.id, entity.type, entity.canonicalName, aliases,
                counts.articles(), counts.mentions(), counts.quotes());
    }

    /** The entity with the articles naming it and the quotes it said. */
    public EntityDetail toDetail(
            NamedEntity entity, List<String> aliases, List<ArticleSummary> articles, List<QuoteListItem> quotes) {
        return new EntityDetail(entity.id, entity.type, entity.canonicalName, aliases, articles, quotes);
    }
}
