package io.quotewire.query.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code POST /ui/upload} forwards the files, source and API key to ingest and answers what ingest answered. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StubIngestResource.class, restrictToAnnotatedClass = false)
class UploadProxyTest {

    private static final String CONTENT = "“We will talk again,” said Ana Ortiz, the mediator. Ünïcode ✓";

    @Test
    void filesSourceAndApiKeyReachIngestAndItsAnswerComesBack() {
        given().multiPart("file", "note.txt", CONTENT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("source", "Field notes")
                .header("X-Api-Key", StubIngestResource.API_KEY)
                .when().post("/ui/upload")
                .then().statusCode(202)
                .contentType("application/json")
                .body("[0].status", equalTo("accepted"))
                .body("[0].fileName", equalTo("note.txt"));

        StubIngestResource.Received received = StubIngestResource.LAST.get();
        assertThat(received.apiKey()).isEqualTo(StubIngestResource.API_KEY);
        assertThat(received.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(received.body())
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"note.txt\"")
                .contains("Content-Type: text/plain")
                .contains(CONTENT)
                .contains("name=\"source\"")
                .contains("Field notes");
    }

    @Test
    void ingestAskingForAnApiKeyIsPassedOnSoThePageCanAskForIt() {
        given().multiPart("file", "note.txt", CONTENT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/ui/upload")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("X-Api-Key"));

        assertThat(StubIngestResource.LAST.get().apiKey()).isNull();
    }

    @Test
    void uploadWithoutFilesIsAProblemNotAForward() {
        StubIngestResource.LAST.set(null);

        given().multiPart("source", "nothing attached")
                .when().post("/ui/upload")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("No files"))
                .body("detail", containsString("Choose at least one file"));

        assertThat(StubIngestResource.LAST.get()).isNull();
    }

    @Test
    void uploadPageHasTheFormAndItsScript() {
        given().get("/ui/upload").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"upload-form\""))
                .body(containsString("name=\"apiKey\""))
                .body(containsString("<script src=\"/ui/upload.js\" defer></script>"));
        given().get("/ui/upload.js").then().statusCode(200)
                .body(containsString("X-Api-Key"))
                .body(containsString("'/articles/' + encodeURIComponent(id)"));
        given().get("/ui/quotewire.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("@media (max-width: 600px)"));
    }
}
