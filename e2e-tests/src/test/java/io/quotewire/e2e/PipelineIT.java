package io.quotewire.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.stack.PortGuard;
import io.quotewire.stack.ServiceProcess;
import io.quotewire.stack.ServiceSpec;
import io.quotewire.stack.TopicCreator;
import io.quotewire.teststack.SharedKafka;
import io.quotewire.teststack.SharedPostgres;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline from the packaged jars: seeds posted to ingest-service come back enriched from query-service. */
class PipelineIT {

    private static final Path ROOT = Path.of(System.getProperty("quotewire.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK_DIR = ROOT.resolve("e2e-tests/target/e2e");
    private static final Path SEJONG_SEED = ROOT.resolve("seeds/000_6beca85ce06e4a01.txt");
    private static final Path MAXWELL_SEED = ROOT.resolve("seeds/004_6e24b6c3a97ee8ce.txt");
    // Three JVMs start together on two shared cores, and nlp-service loads the CoreNLP models before it is ready.
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration ENRICHED_TIMEOUT = Duration.ofMinutes(3);

    private static final List<ServiceProcess> services = new ArrayList<>();
    private static String ingestUrl;
    private static String queryUrl;

    @BeforeAll
    static void startThePackagedServices() {
        String bootstrap = SharedKafka.bootstrapServers();
        TopicCreator.createMissing(bootstrap);
        int queryPort = PortGuard.freePort();
        int ingestPort = PortGuard.freePort();
        int nlpPort = PortGuard.freePort();
        queryUrl = "http://localhost:" + queryPort;
        ingestUrl = "http://localhost:" + ingestPort;

        Map<String, String> query = common(bootstrap);
        query.putAll(SharedPostgres.quarkusConfig());
        Map<String, String> ingest = common(bootstrap);
        ingest.put("quotewire.query-service.url", queryUrl);
        services.add(service("query-service", queryPort, "768m", query));
        services.add(service("ingest-service", ingestPort, "768m", ingest));
        services.add(service("nlp-service", nlpPort, "2g", common(bootstrap)));

        services.forEach(ServiceProcess::start);
        services.forEach(service -> service.awaitReady(READY_TIMEOUT));
    }

    @AfterAll
    static void stopTheServices() {
        // Runs after a failed start too, so no service outlives the build.
        services.forEach(ServiceProcess::close);
        services.forEach(service -> System.out.println("log of " + service.spec().name() + ": " + service.logFile()));
    }

    @Test
    void seedsPostedAsFilesComeBackEnrichedWithEntitiesAndAttributedQuotes() {
        Instant sejongPosted = Instant.now();
        String sejongId = post(SEJONG_SEED);
        Instant maxwellPosted = Instant.now();
        String maxwellId = post(MAXWELL_SEED);

        JsonPath sejong = awaitEnriched(sejongId, sejongPosted);
        JsonPath maxwell = awaitEnriched(maxwellId, maxwellPosted);

        assertThat(sejong.getList("entities.canonicalName", String.class))
                .contains("Stockholm", "Kim Myong Gil");
        assertThat(maxwell.getList("entities.canonicalName", String.class)).contains("Stockholm", "David Maxwell");
        assertThat(maxwell.getString("quotes.find { it.text.contains('We have to keep pushing Kim') }.speaker.name"))
                .isEqualTo("David Maxwell");
        assertThat(given().get(queryUrl + "/quotes?speaker=David Maxwell&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.articleId", String.class))
                .isNotEmpty()
                .containsOnly(maxwellId);
    }

    private static Map<String, String> common(String bootstrap) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrap);
        properties.put("quarkus.log.console.json.enabled", "false");
        return properties;
    }

    private static ServiceProcess service(String name, int port, String heap, Map<String, String> properties) {
        ServiceSpec spec = new ServiceSpec(name, ServiceSpec.packagedJar(ROOT, name), port, heap, properties);
        return new ServiceProcess(spec, WORK_DIR, WORK_DIR.resolve("logs"));
    }

    private static String post(Path seed) {
        JsonPath answer = given().multiPart("file", seed.toFile(), "text/plain")
                .post(ingestUrl + "/articles")
                .then().statusCode(202)
                .extract().jsonPath();
        assertThat(answer.getString("[0].fileName")).isEqualTo(seed.getFileName().toString());
        assertThat(answer.getString("[0].status")).isIn("accepted", "duplicate");
        assertThat(answer.getString("[0].location")).isEqualTo(queryUrl + "/articles/" + answer.getString("[0].id"));
        return answer.getString("[0].id");
    }

    private static JsonPath awaitEnriched(String id, Instant posted) {
        JsonPath article = Awaitility.await("article " + id + " enriched")
                .atMost(ENRICHED_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(queryUrl + "/articles/" + id).then().extract(),
                        response -> response.statusCode() == 200
                                && !"processing".equals(response.jsonPath().getString("status")))
                .jsonPath();
        assertThat(article.getString("status")).as("status of %s (error: %s)", id, article.getString("error"))
                .isEqualTo("enriched");
        System.out.printf("e2e: %s enriched %.1f s after its POST%n", id.substring(0, 12),
                Duration.between(posted, Instant.now()).toMillis() / 1000.0);
        return article;
    }
}
