package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.domain.AcronymDefinitions;
import io.quotewire.query.domain.AliasReason;
import io.quotewire.query.domain.EntityKeys;
import io.quotewire.query.domain.EntityKeys.EntityKey;
import io.quotewire.query.persistence.EntityRows;
import io.quotewire.query.persistence.EntityRows.AliasRow;
import io.quotewire.query.persistence.EntityRows.EntityName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds or creates the canonical entities of an article, merging across articles by type and key (see
 * {@link EntityKeys}: spelling, known names, values) and keeping every alias with the reason it belongs. An acronym
 * the article defines joins the entity it abbreviates.
 */
@ApplicationScoped
public class EntityCatalog {

    private final EntityRows rows;

    public EntityCatalog(EntityRows rows) {
        this.rows = rows;
    }

    /**
     * The canonical entity id of each of the event's entity keys, each entity created on first sight and given the
     * entity's names. Entities without a name or type are left out: there is nothing to merge them by.
     */
    public Map<String, Long> resolve(ArticleEnriched event) {
        List<ArticleEnriched.Entity> entities = listOf(event.entities());
        String text = event.article() == null ? null : event.article().text();
        Map<String, String> acronyms = AcronymDefinitions.in(text, entities, listOf(event.mentions()));
        Map<String, EntityKey> keys = new LinkedHashMap<>();
        for (ArticleEnriched.Entity entity : entities) {
            if (!isBlank(entity.name()) && !isBlank(entity.type())) {
                keys.put(entity.key(), EntityKeys.of(entity.type(), entity.name(), entity.value()));
            }
        }
        // "FDD" of an article that defines it joins the Foundation for Defense of Democracies.
        for (ArticleEnriched.Entity entity : entities) {
            String abbreviated = entity.name() == null ? null : acronyms.get(entity.name().strip());
            if (abbreviated != null && keys.containsKey(entity.key()) && keys.containsKey(abbreviated)
                    && !"PERSON".equals(entity.type())) {
                keys.put(entity.key(), keys.get(abbreviated));
            }
        }
        // The first entity of the article under a key gives the canonical spelling, as it would one by one.
        Map<List<String>, EntityName> distinct = new LinkedHashMap<>();
        keys.values().forEach(key -> distinct.putIfAbsent(List.of(key.type(), key.key()),
                new EntityName(key.type(), key.canonicalName(), key.key(), key.value())));
        List<EntityName> sorted = distinct.values().stream()
                .sorted(Comparator.comparing(EntityName::type).thenComparing(EntityName::normalizedName))
                .toList();
        rows.insertAbsent(sorted);
        Map<EntityName.Key, Long> ids = rows.idsOf(sorted);

        Map<String, Long> idsByKey = new LinkedHashMap<>();
        keys.forEach((entityKey, key) -> idsByKey.put(entityKey, ids.get(new EntityName.Key(key.type(), key.key()))));
        rows.addAliases(aliases(entities, keys, idsByKey, acronyms, event.id()));
        return idsByKey;
    }

    /** Every name of every resolved entity (the entity's own first), once per entity and spelling key. */
    private static List<AliasRow> aliases(List<ArticleEnriched.Entity> entities, Map<String, EntityKey> keys,
            Map<String, Long> idsByKey, Map<String, String> acronyms, String articleId) {
        Map<List<Object>, AliasRow> distinct = new LinkedHashMap<>();
        for (ArticleEnriched.Entity entity : entities) {
            Long id = idsByKey.get(entity.key());
            if (id == null) {
                continue;
            }
            EntityKey key = keys.get(entity.key());
            List<String> names = new ArrayList<>();
            names.add(key.canonicalName());
            names.add(entity.name());
            if (entity.aliases() != null) {
                names.addAll(entity.aliases());
            }
            acronyms.forEach((acronym, definedFor) -> {
                if (definedFor.equals(entity.key())) {
                    names.add(acronym);
                }
            });
            names.stream().filter(Objects::nonNull).forEach(alias -> {
                String spelling = EntityKeys.spellingKey(alias);
                if (!spelling.isEmpty()) {
                    boolean acronym = entity.key().equals(acronyms.get(alias.strip()));
                    AliasReason reason = AliasReason.of(key, alias, acronym);
                    distinct.putIfAbsent(List.of(id, spelling),
                            new AliasRow(id, alias.strip(), spelling, reason.apiName(), articleId));
                }
            });
        }
        List<AliasRow> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingLong(AliasRow::entityId).thenComparing(AliasRow::normalizedAlias));
        return sorted;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
