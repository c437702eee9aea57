package io.quotewire.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One article posted to the packaged ingest-service is one trace: the spans its journey leaves in the three services'
 * logs (OpenTelemetry's logging exporter, no collector) share one trace id, and the article spans carry its id.
 */
class TraceIT {

    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "query-service");
    private static final Duration SPANS_TIMEOUT = Duration.ofMinutes(3);

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startThePackagedServices() {
        pipeline = RunningPipeline.get();
    }

    @Test
    void anArticleIsOneTraceFromItsPostThroughTheNlpToTheDatabaseWrite() {
        String id = postNewArticle();

        LoggedSpan ingested = awaitSpan("ingest-service", "ingest article", id);
        LoggedSpan enriched = awaitSpan("nlp-service", "enrich article", id);
        LoggedSpan stored = awaitSpan("query-service", "store enriched article", id);

        String trace = ingested.traceId();
        assertThat(List.of(enriched.traceId(), stored.traceId())).containsOnly(trace);
        // The trace starts at the request and crosses both topics in record headers: a producer span on each side
        // of articles.ingested and articles.enriched, and a consumer span where each is read.
        assertThat(spansOf("ingest-service", trace)).extracting(LoggedSpan::kind).contains("SERVER", "PRODUCER");
        assertThat(spansOf("ingest-service", trace)).extracting(LoggedSpan::name).contains("POST /articles");
        assertThat(spansOf("nlp-service", trace)).extracting(LoggedSpan::kind).contains("CONSUMER", "PRODUCER");
        assertThat(spansOf("query-service", trace)).extracting(LoggedSpan::kind).contains("CONSUMER");
    }

    @Test
    void noServiceTriesToReachACollector() throws IOException {
        awaitSpan("query-service", "store enriched article", postNewArticle());

        for (String service : SERVICES) {
            // 4317/4318 are OTLP's ports; "Failed to export" is what the SDK logs when an exporter cannot deliver.
            assertThat(Files.readAllLines(pipeline.logOf(service), StandardCharsets.UTF_8))
                    .as("log of %s", service)
                    .noneMatch(line -> line.contains("Failed to export") || line.contains(":4317") || line.contains(":4318"));
        }
    }

    private static String postNewArticle() {
        // New text each time, so ingest publishes it instead of answering a duplicate.
        String text = "“One trace should follow every article,” said Ada Lovelace in London. Run " + UUID.randomUUID() + ".";
        return given().contentType("application/json")
                .body(Map.of("title", "Tracing", "text", text, "source", "e2e-tests"))
                .post(pipeline.ingestUrl + "/articles")
                .then().statusCode(202).body("[0].status", equalTo("accepted"))
                .extract().path("[0].id");
    }

    private static LoggedSpan awaitSpan(String service, String name, String articleId) {
        return Awaitility.await(service + " span '" + name + "' of article " + articleId).atMost(SPANS_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> LoggedSpan.in(pipeline.logOf(service)).stream()
                                .filter(span -> span.name().equals(name) && span.articleId().equals(Optional.of(articleId)))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static List<LoggedSpan> spansOf(String service, String traceId) {
        Path log = pipeline.logOf(service);
        return LoggedSpan.in(log).stream().filter(span -> span.traceId().equals(traceId)).toList();
    }
}
