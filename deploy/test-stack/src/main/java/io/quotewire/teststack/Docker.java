package io.quotewire.teststack;

import org.testcontainers.DockerClientFactory;

/**
 * Decides which path the test stack takes: Testcontainers when a Docker engine is reachable, embedded servers when
 * not. {@code QUOTEWIRE_TEST_DOCKER} (or {@code -Dquotewire.test.docker}) overrides it: {@code false} never uses
 * Docker, {@code required} fails instead of falling back (deploy/scripts/verify-with-docker.sh sets it), and
 * {@code auto}, the default, probes.
 */
final class Docker {

    private static final String PROPERTY = "quotewire.test.docker";
    private static final String VARIABLE = "QUOTEWIRE_TEST_DOCKER";
    private static Boolean available;

    private Docker() {}

    static synchronized boolean available() {
        if (available == null) {
            available = decide(mode());
        }
        return available;
    }

    private static String mode() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            return property;
        }
        String variable = System.getenv(VARIABLE);
        return variable == null || variable.isBlank() ? "auto" : variable;
    }

    private static boolean decide(String mode) {
        return switch (mode) {
            case "false" -> false;
            case "auto" -> probe();
            case "required", "true" -> {
                try {
                    DockerClientFactory.instance().client();
                } catch (RuntimeException e) {
                    throw new IllegalStateException(VARIABLE + "=" + mode + " but no Docker engine answers"
                            + " (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + ")", e);
                }
                yield true;
            }
            default -> throw new IllegalStateException(VARIABLE + " must be auto, false or required, not " + mode);
        };
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
