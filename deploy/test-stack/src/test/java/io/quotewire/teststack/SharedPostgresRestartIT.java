package io.quotewire.teststack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared database can be stopped and started again with its data, on the same address. */
class SharedPostgresRestartIT {

    @Test
    void restartKeepsDataAndAddress() throws SQLException {
        String urlBefore = SharedPostgres.jdbcUrl();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS restart_probe (value text)");
            statement.execute("INSERT INTO restart_probe VALUES ('kept')");
        }

        SharedPostgres.stop();
        assertThatThrownBy(this::connect).isInstanceOf(SQLException.class);
        SharedPostgres.start();

        assertThat(SharedPostgres.jdbcUrl()).isEqualTo(urlBefore);
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM restart_probe")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    private Connection connect() throws SQLException {
        Map<String, String> config = SharedPostgres.quarkusConfig();
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
