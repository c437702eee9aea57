package io.quotewire.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleText;
import io.quotewire.stack.IngestCommand;
import io.quotewire.stack.JvmOptions;
import io.quotewire.stack.PortGuard;
import io.quotewire.stack.ServiceProcess;
import io.quotewire.stack.ServiceSpec;
import io.quotewire.stack.TopicCreator;
import io.quotewire.teststack.SharedKafka;
import io.quotewire.teststack.SharedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged ingest- and query-service with an API key and the default limits (burst 30, 120 writes a minute per
 * key): {@code ./quotewire ingest} of 200 files loses none, and ingest answers duplicates with query-service stopped,
 * also after ingest itself was restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestEdgesIT {

    private static final Path WORK_DIR = RunningPipeline.ROOT.resolve("e2e-tests/target/e2e-ingest-edges");
    private static final Duration READY = Duration.ofMinutes(4);
    private static final String KEY = "e2e-ingest-key-" + UUID.randomUUID();
    private static final int FILES = 200;

    private static ServiceSpec ingestSpec;
    private static ServiceProcess ingest;
    private static ServiceProcess query;
    private static String queryUrl;

    @BeforeAll
    static void startIngestAndQueryWithAKey() {
        String bootstrap = SharedKafka.bootstrapServers();
        TopicCreator.createMissing(bootstrap);
        int queryPort = PortGuard.freePort();
        int ingestPort = PortGuard.freePort();
        queryUrl = "http://localhost:" + queryPort;
        Map<String, String> queryProperties = common(bootstrap);
        queryProperties.putAll(SharedPostgres.quarkusConfig());
        Map<String, String> ingestProperties = common(bootstrap);
        ingestProperties.put("quotewire.query-service.url", queryUrl);
        query = new ServiceProcess(spec("query-service", queryPort, queryProperties), WORK_DIR, WORK_DIR.resolve("logs"));
        ingestSpec = spec("ingest-service", ingestPort, ingestProperties);
        ingest = new ServiceProcess(ingestSpec, WORK_DIR, WORK_DIR.resolve("logs"));
        query.start();
        ingest.start();
        query.awaitReady(READY);
        ingest.awaitReady(READY);
    }

    @AfterAll
    static void stop() {
        List.of(ingest, query).parallelStream().forEach(ServiceProcess::close);
    }

    @Test
    @Order(1)
    void twoHundredSmallFilesAreAllAcceptedAndTheQueryApiShowsTwoHundred(@TempDir Path folder) throws Exception {
        String nonce = "edgesrun" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"),
                    "“We will talk again,” said Ana Ortiz in note " + i + " of " + nonce + ".");
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new IngestCommand(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(List.of("--url", ingestSpec.baseUrl(), "--api-key", KEY, folder.toString()));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains(FILES + " files in").contains(": " + FILES + " accepted, 0 duplicate, 0 rejected");
        Awaitility.await("the query API shows every accepted file").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().get(queryUrl + "/articles?size=1&q=" + nonce).then().extract().jsonPath()
                        .getInt("total") == FILES);
    }

    @Test
    @Order(2)
    void withQueryServiceStoppedIngestStillAnswersDuplicatesAlsoAfterItsOwnRestart() {
        query.close();
        String text = "“Duplicates need no query-service,” said Ana Ortiz (" + UUID.randomUUID() + ").";
        String id = ArticleText.idOf(text);

        assertThat(post(text)).isEqualTo("accepted");
        assertThat(post("  " + text.replace(" ", "  ") + "\n")).as("the same words, spaced otherwise").isEqualTo("duplicate");

        ingest.close();
        ingest = new ServiceProcess(ingestSpec, WORK_DIR, WORK_DIR.resolve("logs"));
        ingest.start();
        ingest.awaitReady(READY);

        assertThat(post(text)).as("after the restart, from articles.ids").isEqualTo("duplicate");
        assertThat(IngestedRecords.keyed(id)).isEqualTo(1);
    }

    private static String post(String text) {
        return given().header("X-Api-Key", KEY).contentType("application/json").body(Map.of("text", text))
                .post(ingestSpec.baseUrl() + "/articles")
                .then().statusCode(202).extract().jsonPath().getString("[0].status");
    }

    private static Map<String, String> common(String bootstrap) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrap);
        properties.put("quarkus.log.console.json.enabled", "false");
        return properties;
    }

    private static ServiceSpec spec(String name, int port, Map<String, String> properties) {
        return new ServiceSpec(name, ServiceSpec.packagedJar(RunningPipeline.ROOT, name), port,
                JvmOptions.smallService(), properties, Map.of("QUOTEWIRE_SECURITY_API_KEYS", KEY));
    }
}
