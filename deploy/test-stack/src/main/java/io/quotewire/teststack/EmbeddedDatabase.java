package io.quotewire.teststack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** zonky's embedded PostgreSQL on a fixed port and data directory, so that it can be restarted with its data. */
final class EmbeddedDatabase implements RestartableDatabase {

    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(int port, Path dataDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /** Initialises a fresh data directory and starts the server on a free port. */
    static EmbeddedDatabase startFresh() {
        try {
            long started = TestStackLog.starting("PostgreSQL");
            EmbeddedDatabase database = new EmbeddedDatabase(freePort(), Files.createTempDirectory("quotewire-pg-"));
            database.start();
            Runtime.getRuntime().addShutdownHook(new Thread(database::stopQuietly, "postgres-embedded-stop"));
            String major = Files.readString(database.dataDirectory.resolve("PG_VERSION")).strip();
            TestStackLog.started("PostgreSQL " + major, "embedded, zonky's binaries in a child process",
                    database.quarkusConfig().get("quarkus.datasource.jdbc.url"), started);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the embedded PostgreSQL's data directory", e);
        }
    }

    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            // Keeping the data directory is what makes a restart a restart: initdb runs only when it is empty.
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    private void stopQuietly() {
        try {
            stop();
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | UncheckedIOException e) {
            // The JVM is exiting; a leftover temporary directory is all that can remain.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
