package io.quotewire.teststack;

import org.testcontainers.DockerClientFactory;

/** Tells whether a Docker engine is reachable, so tests use Testcontainers there and embedded servers here. */
final class Docker {

    private static Boolean available;

    private Docker() {}

    static synchronized boolean available() {
        if (available == null) {
            available = !"false".equals(System.getProperty("quotewire.test.docker", "auto"))
                    && probe();
        }
        return available;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
