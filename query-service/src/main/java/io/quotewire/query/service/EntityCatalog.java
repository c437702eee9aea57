package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.domain.NameNormalizer;
import io.quotewire.query.persistence.EntityRows;
import io.quotewire.query.persistence.EntityRows.AliasRow;
import io.quotewire.query.persistence.EntityRows.EntityName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Finds or creates the canonical entities of an article, merging across articles and keeping every alias. */
@ApplicationScoped
public class EntityCatalog {

    private final EntityRows rows;

    public EntityCatalog(EntityRows rows) {
        this.rows = rows;
    }

    /**
     * The canonical entity id of each of the event's entity keys, each entity created on first sight (same type and
     * normalised name merge) and given the entity's name and aliases. Entities without a name or type are left out:
     * there is nothing to merge them by.
     */
    public Map<String, Long> resolve(List<ArticleEnriched.Entity> entities) {
        Map<String, EntityName> namesByKey = new LinkedHashMap<>();
        for (ArticleEnriched.Entity entity : entities) {
            if (!isBlank(entity.name()) && !isBlank(entity.type())) {
                namesByKey.put(entity.key(), new EntityName(entity.type().toUpperCase(Locale.ROOT),
                        entity.name().strip(), NameNormalizer.normalize(entity.name())));
            }
        }
        // The first entity of the article under a name gives the canonical spelling, as it would one by one.
        Map<EntityName.Key, EntityName> distinct = new LinkedHashMap<>();
        namesByKey.values().forEach(name -> distinct.putIfAbsent(name.key(), name));
        List<EntityName> sorted = distinct.values().stream()
                .sorted(Comparator.comparing(EntityName::type).thenComparing(EntityName::normalizedName))
                .toList();
        rows.insertAbsent(sorted);
        Map<EntityName.Key, Long> ids = rows.idsOf(sorted);

        Map<String, Long> idsByKey = new LinkedHashMap<>();
        namesByKey.forEach((key, name) -> idsByKey.put(key, ids.get(name.key())));
        rows.addAliases(aliases(entities, idsByKey));
        return idsByKey;
    }

    /** Every name (the entity's own first) of every resolved entity, once per entity and normalised name. */
    private static List<AliasRow> aliases(List<ArticleEnriched.Entity> entities, Map<String, Long> idsByKey) {
        Map<List<Object>, AliasRow> distinct = new LinkedHashMap<>();
        for (ArticleEnriched.Entity entity : entities) {
            Long id = idsByKey.get(entity.key());
            if (id == null) {
                continue;
            }
            Stream.concat(Stream.of(entity.name()), entity.aliases() == null ? Stream.empty() : entity.aliases().stream())
                    .filter(Objects::nonNull)
                    .forEach(alias -> {
                        String normalized = NameNormalizer.normalize(alias);
                        if (!normalized.isEmpty()) {
                            distinct.putIfAbsent(List.of(id, normalized), new AliasRow(id, alias.strip(), normalized));
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
}
