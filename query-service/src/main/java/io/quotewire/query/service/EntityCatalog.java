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
     * For each event, the canonical entity id of each of its entity keys, each entity created on first sight and
     * given the entity's names; entities without a name or type are left out, as there is nothing to merge them by.
     * Three statements whatever the number of articles: every entity of the batch is inserted in one sorted
     * statement, so two writers never lock the same keys in opposite orders.
     */
    public List<Map<String, Long>> resolveAll(List<ArticleEnriched> events) {
        List<Map<String, EntityKey>> keysOfEvents = new ArrayList<>();
        List<Map<String, String>> acronymsOfEvents = new ArrayList<>();
        // The first entity of the batch under a key gives the canonical spelling, as it would one by one.
        Map<List<String>, EntityName> distinct = new LinkedHashMap<>();
        for (ArticleEnriched event : events) {
            List<ArticleEnriched.Entity> entities = listOf(event.entities());
            String text = event.article() == null ? null : event.article().text();
            Map<String, String> acronyms = AcronymDefinitions.in(text, entities, listOf(event.mentions()));
            Map<String, EntityKey> keys = keys(entities, acronyms);
            keys.values().forEach(key -> distinct.putIfAbsent(List.of(key.type(), key.key()),
                    new EntityName(key.type(), key.canonicalName(), key.key(), key.value())));
            keysOfEvents.add(keys);
            acronymsOfEvents.add(acronyms);
        }
        List<EntityName> sorted = distinct.values().stream()
                .sorted(Comparator.comparing(EntityName::type).thenComparing(EntityName::normalizedName))
                .toList();
        rows.insertAbsent(sorted);
        Map<EntityName.Key, Long> ids = rows.idsOf(sorted);

        List<Map<String, Long>> resolved = new ArrayList<>();
        Map<List<Object>, AliasRow> aliases = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Map<String, Long> idsByKey = new LinkedHashMap<>();
            keysOfEvents.get(i).forEach((entityKey, key) ->
                    idsByKey.put(entityKey, ids.get(new EntityName.Key(key.type(), key.key()))));
            aliases(listOf(events.get(i).entities()), keysOfEvents.get(i), idsByKey, acronymsOfEvents.get(i),
                    events.get(i).id(), aliases);
            resolved.add(idsByKey);
        }
        List<AliasRow> sortedAliases = new ArrayList<>(aliases.values());
        sortedAliases.sort(Comparator.comparingLong(AliasRow::entityId).thenComparing(AliasRow::normalizedAlias));
        rows.addAliases(sortedAliases);
        return resolved;
    }

    /** The merge key of each named entity of one article; an acronym it defines takes the key of what it abbreviates. */
    private static Map<String, EntityKey> keys(List<ArticleEnriched.Entity> entities, Map<String, String> acronyms) {
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
        return keys;
    }

    /** Adds every name of every resolved entity (the entity's own first), once per entity and spelling key. */
    private static void aliases(List<ArticleEnriched.Entity> entities, Map<String, EntityKey> keys,
            Map<String, Long> idsByKey, Map<String, String> acronyms, String articleId,
            Map<List<Object>, AliasRow> distinct) {
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
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
