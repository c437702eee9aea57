package io.quotewire.teststack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** One real PostgreSQL per test JVM: a container with Docker, zonky's embedded binaries without. */
public final class SharedPostgres {

    private static final String POSTGRES_IMAGE = "postgres:16-alpine";
    private static Map<String, String> config;

    private SharedPostgres() {}

    /** Starts the database on first use and returns the Quarkus datasource configuration for it. */
    public static synchronized Map<String, String> quarkusConfig() {
        if (config == null) {
            config = Docker.available() ? startContainer() : startEmbedded();
        }
        return config;
    }

    /** JDBC URL of the shared database. */
    public static String jdbcUrl() {
        return quarkusConfig().get("quarkus.datasource.jdbc.url");
    }

    private static Map<String, String> startContainer() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "postgres-container-stop"));
        return datasource(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    private static Map<String, String> startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "postgres-embedded-stop"));
            return datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; nothing else to do.
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }
}
