package io.quotewire.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL (zonky's embedded binaries) on a fixed port whose data directory survives restarts. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final String database;
    private EmbeddedPostgres postgres;

    /** @param database created on first start; the services use it instead of the {@code postgres} database */
    public PostgresServer(Path dataDir, Path logFile, int port, String database) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
        this.database = database;
    }

    /** Starts the server, initialising the data directory only when it holds no cluster yet. */
    public void start() {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Storing articles touches many index pages; with the 1 GB default of WAL between checkpoints they
                    // came every 3-9 s during a bulk fill, each page then written whole into the WAL again after each
                    // one (docs/benchmarks.md, "The late-evening work"; no faster fill was measured after, and the
                    // cache's 512 MB, from 128, is not shown to matter either).
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("shared_buffers", "512MB")
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .start();
            createDatabaseIfMissing();
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + "\n(log: " + logFile + ")", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // pg_ctl stop failed; the server dies with the machine's next reboot at the latest.
            }
            postgres = null;
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name is ours (a constant), never user input; CREATE DATABASE takes no bind parameters.
                create.execute("CREATE DATABASE \"" + database + "\"");
            }
        }
    }
}
