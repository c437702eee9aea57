package io.quotewire.query.service;

import io.quotewire.query.domain.AliasReason;
import io.quotewire.query.domain.AliasView;
import io.quotewire.query.domain.EntityDetail;
import io.quotewire.query.domain.EntityKeys;
import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.mapping.EntityViewMapper;
import io.quotewire.query.persistence.ArticleQueries;
import io.quotewire.query.persistence.EntityAlias;
import io.quotewire.query.persistence.EntityQueries;
import io.quotewire.query.persistence.EntityQueries.CountedPage;
import io.quotewire.query.persistence.EntityQueries.EntityCounts;
import io.quotewire.query.persistence.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Serves canonical entities, their aliases, articles and quotes. */
@ApplicationScoped
public class EntityReader {

    private final EntityQueries entityQueries;
    private final ArticleQueries articleQueries;
    private final ArticleReader articleReader;
    private final QuoteReader quoteReader;
    private final EntityViewMapper mapper;

    public EntityReader(EntityQueries entityQueries, ArticleQueries articleQueries, ArticleReader articleReader,
            QuoteReader quoteReader, EntityViewMapper mapper) {
        this.entityQueries = entityQueries;
        this.articleQueries = articleQueries;
        this.articleReader = articleReader;
        this.quoteReader = quoteReader;
        this.mapper = mapper;
    }

    /** One page of matching entities with their counts, the most widely named first. */
    public Page<EntitySummary> list(EntityFilter filter, PageRequest page) {
        CountedPage counted = entityQueries.find(filter, page);
        List<Long> ids = counted.items().stream().map(EntityCounts::entityId).toList();
        if (ids.isEmpty()) {
            return page.of(List.of(), counted.total());
        }
        Map<Long, NamedEntity> byId = NamedEntity.<NamedEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(entity -> entity.id, Function.identity()));
        Map<Long, List<String>> aliases = aliasesOf(byId);
        List<EntitySummary> items = counted.items().stream()
                .map(counts -> mapper.toSummary(byId.get(counts.entityId()),
                        aliases.getOrDefault(counts.entityId(), List.of()), counts))
                .toList();
        return page.of(items, counted.total());
    }

    /** The entity with its articles and quotes; {@link NotFoundException} when there is none with this id. */
    public EntityDetail get(long id) {
        NamedEntity entity = NamedEntity.findById(id);
        if (entity == null) {
            throw new NotFoundException("There is no entity with id " + id + ".");
        }
        return mapper.toDetail(entity,
                aliasesOf(Map.of(id, entity)).getOrDefault(id, List.of()),
                names(entity),
                articleReader.summaries(articleQueries.namingEntity(id)),
                quoteReader.saidBy(id));
    }

    /** Every name of the entity, the canonical one first, with how often its articles use it and why it is its. */
    private List<AliasView> names(NamedEntity entity) {
        Map<String, Long> mentions = new HashMap<>();
        entityQueries.mentionTexts(entity.id).forEach((text, count) ->
                mentions.merge(EntityKeys.spellingKey(text), count, Long::sum));
        return EntityAlias.<EntityAlias>list("entityId = ?1 order by id", entity.id).stream()
                .sorted(Comparator.comparing((EntityAlias alias) -> !"canonical".equals(alias.reason)))
                .map(alias -> {
                    AliasReason reason = AliasReason.fromApiName(alias.reason);
                    return new AliasView(alias.alias, mentions.getOrDefault(alias.normalizedAlias, 0L),
                            reason.apiName(), reason.explain(entity.canonicalName), alias.articleId);
                })
                .toList();
    }

    /** Each entity's aliases other than its canonical name, in the order first seen. */
    private static Map<Long, List<String>> aliasesOf(Map<Long, NamedEntity> entities) {
        return EntityAlias.<EntityAlias>list("entityId in ?1 order by id", entities.keySet()).stream()
                .filter(alias -> !alias.normalizedAlias.equals(entities.get(alias.entityId).normalizedName))
                .collect(Collectors.groupingBy(alias -> alias.entityId,
                        Collectors.mapping(alias -> alias.alias, Collectors.toList())));
    }
}
