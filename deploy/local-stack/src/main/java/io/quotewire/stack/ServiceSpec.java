package io.quotewire.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one packaged Quarkus service: its jar, HTTP port, JVM options, configuration properties, and environment
 * variables (for secrets, which would show in {@code ps} as properties).
 */
public record ServiceSpec(
        String name, Path jar, int port, List<String> jvmOptions, Map<String, String> properties,
        Map<String, String> environment) {

    public ServiceSpec {
        jvmOptions = List.copyOf(jvmOptions);
    }

    public ServiceSpec(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> properties) {
        this(name, jar, port, jvmOptions, properties, Map.of());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + "/q/health/ready";
    }

    /** The packaged jar of a service module, as {@code ./mvnw package} leaves it. */
    public static Path packagedJar(Path projectRoot, String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
