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
 * its data (the container's file system) and its address.
 */
final class ContainerDatabase implements RestartableDatabase {

    private static final String POSTGRES_IMAGE = "postgres:16-alpine";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final PostgreSQLContainer postgres;
    private boolean running = true;

    private ContainerDatabase(PostgreSQLContainer postgres) {
        this.postgres = postgres;
    }

    /** Starts a fresh container on a free host port. */
    static ContainerDatabase startFresh() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        // A random mapped port would change on restart; a fixed binding survives it.
        postgres.setPortBindings(List.of(freePort() + ":" + PostgreSQLContainer.POSTGRESQL_PORT));
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "postgres-container-stop"));
        return new ContainerDatabase(postgres);
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
