package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the local stack hands each service: an address on this machine only, and the page's origin to ingest. */
class LocalStackTest {

    @TempDir
    Path dir;

    @Test
    void everyServiceListensOnLoopbackOnly() {
        StackSettings settings = StackSettings.parse(dir, List.of("--data-dir", dir.resolve("data").toString(),
                "--query-port", "38080", "--ingest-port", "38081"));
        List<ServiceSpec> specs = new LocalStack(settings, "unused").serviceSpecs();

        assertThat(specs).extracting(ServiceSpec::name)
                .containsExactlyInAnyOrder("query-service", "ingest-service", "nlp-service");
        assertThat(specs).allSatisfy(spec ->
                assertThat(spec.properties()).containsEntry("quarkus.http.host", "127.0.0.1"));
        ServiceSpec ingest = specs.stream().filter(spec -> spec.name().equals("ingest-service")).findFirst().orElseThrow();
        assertThat(ingest.properties()).containsEntry("quarkus.http.cors.origins",
                "http://localhost:38080,http://127.0.0.1:38080");
    }
}
