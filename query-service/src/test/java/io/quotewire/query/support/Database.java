package io.quotewire.query.support;

import io.quotewire.contracts.ArticleText;
import io.quotewire.teststack.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain JDBC to the shared test database, to check what the service stored without going through it. */
public final class Database {

    private Database() {}

    /** The single number {@code sql} selects, with positional {@code parameters}. */
    public static long number(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The first column of every row {@code sql} selects, as text. */
    public static List<String> strings(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }

    /** Runs one update statement with positional {@code parameters}; the rows it changed. */
    public static int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    /** What a prepared statement does, which may fail as JDBC does. */
    private interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(String sql, Object[] parameters, StatementWork<T> work) {
        Map<String, String> config = SharedPostgres.quarkusConfig();
        try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl(),
                        config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the service logged this exact payload as applied for {@code topic} and {@code key}. */
    public static boolean applied(String topic, String key, String payload) {
        return number("SELECT count(*) FROM processed_message WHERE topic = ? AND message_key = ? AND payload_hash = ?",
                topic, key, ArticleText.sha256Hex(payload.getBytes(StandardCharsets.UTF_8))) == 1;
    }
}
