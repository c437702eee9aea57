package io.quotewire.teststack;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a container bound to a fixed host port, so that stopping and starting the container keeps both
 * its data (the container's file system) and its address. Same image as the compose stack, and the same database,
 * user and password as the embedded path ({@code postgres}), so tests see one address shape on both paths.
 */
final class ContainerDatabase implements RestartableDatabase {

    private static final String POSTGRES_IMAGE = "postgres:16.11";
    private static final String LOGIN = "postgres";
    /** Start and restart of a container on a loaded machine; Testcontainers' default start timeout is 60 s. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final PostgreSQLContainer postgres;
    private boolean running = true;

    private ContainerDatabase(PostgreSQLContainer postgres) {
        this.postgres = postgres;
    }

    /** Starts a fresh container on a free host port. */
    static ContainerDatabase startFresh() {
        long started = TestStackLog.starting("PostgreSQL");
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(LOGIN)
                .withUsername(LOGIN)
                .withPassword(LOGIN);
        postgres.withStartupTimeout(READY_TIMEOUT);
        // A random mapped port would change on restart; a fixed binding survives it.
        postgres.setPortBindings(List.of(freePort() + ":" + PostgreSQLContainer.POSTGRESQL_PORT));
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "postgres-container-stop"));
        TestStackLog.started(serverVersion(postgres), "Testcontainers, " + ContainerImages.describe(POSTGRES_IMAGE),
                postgres.getJdbcUrl(), started);
        return new ContainerDatabase(postgres);
    }

    private static String serverVersion(PostgreSQLContainer postgres) {
        try {
            return postgres.execInContainer("postgres", "--version").getStdout().strip();
        } catch (IOException e) {
            return "PostgreSQL";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "PostgreSQL";
        }
    }

    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl(),
                "quarkus.datasource.username", postgres.getUsername(),
                "quarkus.datasource.password", postgres.getPassword());
    }

    @Override
    public synchronized void stop() {
        if (running) {
            DockerClientFactory.instance().client().stopContainerCmd(postgres.getContainerId()).exec();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            DockerClientFactory.instance().client().startContainerCmd(postgres.getContainerId()).exec();
            running = true;
            awaitReady();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (postgres.execInContainer("pg_isready", "-U", postgres.getUsername()).getExitCode() == 0) {
                    return;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                // The container is still coming up; ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for PostgreSQL to restart", e);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within " + READY_TIMEOUT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the PostgreSQL container", e);
        }
    }
}
