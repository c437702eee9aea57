package io.quotewire.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Set-based writes of canonical entities and their aliases: one statement for all of an article's entities, one
 * to read their ids back, one for all their aliases, instead of three or four statements per entity.
 */
@ApplicationScoped
public class EntityRows {

    // ORDER BY: rows are inserted (and their unique-index entries locked) in one global order, so that two
    // transactions writing overlapping entities wait for each other instead of deadlocking.
    private static final String INSERT_ENTITIES = """
            INSERT INTO entity (type, canonical_name, normalized_name, value)
            SELECT type, name, normalized, value
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS e(type, name, normalized, value)
            ORDER BY type, normalized
            ON CONFLICT (type, normalized_name) DO NOTHING""";

    // A statement of its own (not a RETURNING of the insert): under READ COMMITTED it sees rows that a concurrent
    // transaction committed while the insert waited on them, which the insert's own snapshot would not.
    private static final String SELECT_IDS = """
            SELECT e.id, e.type, e.normalized_name
            FROM entity e JOIN unnest(?::text[], ?::text[]) AS k(type, normalized)
              ON e.type = k.type AND e.normalized_name = k.normalized""";

    private static final String INSERT_ALIASES = """
            INSERT INTO entity_alias (entity_id, alias, normalized_alias, reason, article_id)
            SELECT entity_id, alias, normalized, reason, article_id
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS a(entity_id, alias, normalized, reason, article_id)
            ORDER BY entity_id, normalized
            ON CONFLICT (entity_id, normalized_alias) DO NOTHING""";

    private final EntityManager entityManager;

    public EntityRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Creates the entities not stored yet (a row another transaction just wrote is no error). */
    public void insertAbsent(List<EntityName> names) {
        if (names.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTITIES)) {
                insert.setArray(1, texts(connection, names.stream().map(EntityName::type).toList()));
                insert.setArray(2, texts(connection, names.stream().map(EntityName::canonicalName).toList()));
                insert.setArray(3, texts(connection, names.stream().map(EntityName::normalizedName).toList()));
                insert.setArray(4, texts(connection, names.stream().map(EntityName::value).toList()));
                insert.executeUpdate();
            }
        });
    }

    /** The ids of stored entities, by type and normalised name. */
    public Map<EntityName.Key, Long> idsOf(List<EntityName> names) {
        Map<EntityName.Key, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_IDS)) {
                select.setArray(1, texts(connection, names.stream().map(EntityName::type).toList()));
                select.setArray(2, texts(connection, names.stream().map(EntityName::normalizedName).toList()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(new EntityName.Key(rows.getString(2), rows.getString(3)), rows.getLong(1));
                    }
                }
            }
        });
        return ids;
    }

    /** Adds the aliases an entity does not have yet under their normalised form. */
    public void addAliases(List<AliasRow> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALIASES)) {
                insert.setArray(1, connection.createArrayOf("bigint",
                        aliases.stream().map(AliasRow::entityId).toArray()));
                insert.setArray(2, texts(connection, aliases.stream().map(AliasRow::alias).toList()));
                insert.setArray(3, texts(connection, aliases.stream().map(AliasRow::normalizedAlias).toList()));
                insert.setArray(4, texts(connection, aliases.stream().map(AliasRow::reason).toList()));
                insert.setArray(5, texts(connection, aliases.stream().map(AliasRow::articleId).toList()));
                insert.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /** An entity as stored: upper-case type, canonical name as first seen, the key it merges by, its value or null. */
    public record EntityName(String type, String canonicalName, String normalizedName, String value) {

        public Key key() {
            return new Key(type, normalizedName);
        }

        /** What entities merge by. */
        public record Key(String type, String normalizedName) {}
    }

    /** One name of a stored entity, with its spelling key, why it belongs there and the article that gave it. */
    public record AliasRow(long entityId, String alias, String normalizedAlias, String reason, String articleId) {}
}
