package io.quotewire.stack;

import java.nio.file.Path;
import java.util.Map;

/** How to run one packaged Quarkus service: its jar, HTTP port, heap and configuration properties. */
public record ServiceSpec(String name, Path jar, int port, String maxHeap, Map<String, String> properties) {

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
