package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-shared-servers")
class PostgresServerIT {

    @TempDir
    Path dir;

    @Test
    void keepsItsDataAcrossRestartsOnTheSamePort() throws Exception {
        int port = PortGuard.freePort();
        Path data = dir.resolve("postgres");
        try (PostgresServer first = new PostgresServer(data, dir.resolve("logs/postgres.log"), port, "quotewire")) {
            first.start();
            assertThat(first.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/quotewire");
            execute(first.jdbcUrl(), "CREATE TABLE kept (word text)", "INSERT INTO kept VALUES ('still here')");
        }
        assertThat(PortGuard.isFree(port)).isTrue();

        try (PostgresServer second = new PostgresServer(data, dir.resolve("logs/postgres.log"), port, "quotewire")) {
            second.start();
            assertThat(queryOne(second.jdbcUrl(), "SELECT word FROM kept")).isEqualTo("still here");
        }
        assertThat(Files.readString(dir.resolve("logs/postgres.log"))).contains("database system is ready");
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryOne(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
