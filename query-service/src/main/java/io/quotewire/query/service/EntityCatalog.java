package io.quotewire.query.service;

import io.quotewire.query.domain.NameNormalizer;
import io.quotewire.query.persistence.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Finds or creates the canonical entity for a name and type, merging across articles and keeping every alias. */
@ApplicationScoped
public class EntityCatalog {

    private final EntityManager entityManager;

    public EntityCatalog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The entity of this type and normalised name, created on first sight; {@code aliases} are added to it. */
    public NamedEntity resolve(String type, String name, Collection<String> aliases) {
        String normalizedType = type.toUpperCase(Locale.ROOT);
        String normalizedName = NameNormalizer.normalize(name);
        insertIfAbsent("INSERT INTO entity (type, canonical_name, normalized_name) VALUES (:type, :name, :normalized)"
                + " ON CONFLICT (type, normalized_name) DO NOTHING",
                Map.of("type", normalizedType, "name", name.strip(), "normalized", normalizedName));
        NamedEntity entity = NamedEntity.<NamedEntity>find(
                        "type = ?1 and normalizedName = ?2", normalizedType, normalizedName)
                .singleResult();
        addAlias(entity.id, name);
        aliases.forEach(alias -> addAlias(entity.id, alias));
        return entity;
    }

    private void addAlias(long entityId, String alias) {
        String normalized = NameNormalizer.normalize(alias);
        if (normalized == null || normalized.isEmpty()) {
            return;
        }
        insertIfAbsent("INSERT INTO entity_alias (entity_id, alias, normalized_alias)"
                + " VALUES (:entity, :alias, :normalized) ON CONFLICT (entity_id, normalized_alias) DO NOTHING",
                Map.of("entity", entityId, "alias", alias.strip(), "normalized", normalized));
    }

    /** Runs an {@code INSERT … ON CONFLICT DO NOTHING}, so that a row another consumer just wrote is no error. */
    private void insertIfAbsent(String sql, Map<String, Object> parameters) {
        Query insert = entityManager.createNativeQuery(sql);
        parameters.forEach(insert::setParameter);
        insert.executeUpdate();
    }
}
