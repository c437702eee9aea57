package io.quotewire.teststack;

import java.util.Map;

/**
 * One real PostgreSQL per test JVM: a container with Docker, zonky's embedded binaries without. Fault tests may
 * {@link #stop()} and {@link #start()} it; it comes back on the same port with the same data.
 */
public final class SharedPostgres {

    private static RestartableDatabase database;

    private SharedPostgres() {}

    /** Starts the database on first use and returns the Quarkus datasource configuration for it. */
    public static synchronized Map<String, String> quarkusConfig() {
        return database().quarkusConfig();
    }

    /** JDBC URL of the shared database. */
    public static String jdbcUrl() {
        return quarkusConfig().get("quarkus.datasource.jdbc.url");
    }

    /** Stops the shared database (a simulated outage): new connections are refused, open ones are cut. */
    public static synchronized void stop() {
        database().stop();
    }

    /** Starts the shared database again after {@link #stop()}, on the same port with the same data. */
    public static synchronized void start() {
        database().start();
    }

    private static RestartableDatabase database() {
        if (database == null) {
            database = Docker.available() ? ContainerDatabase.startFresh() : EmbeddedDatabase.startFresh();
        }
        return database;
    }
}
