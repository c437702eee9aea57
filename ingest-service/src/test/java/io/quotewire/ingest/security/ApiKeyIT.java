package io.quotewire.ingest.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.support.IngestedTopic;
import io.quotewire.ingest.support.SecuredProfile;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With keys configured, POST /articles needs a valid X-Api-Key: 401 without, 403 with a wrong one, 202 with one. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ApiKeyIT {

    @Test
    void missingKeyIs401ProblemAndPublishesNothing() {
        String text = uniqueText();
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("type", equalTo("https://quotewire.io/problems/api-key-missing"))
                .body("status", equalTo(401))
                .body("detail", equalTo("Send your API key in the X-Api-Key header."));
        assertThat(IngestedTopic.recordsKeyed(ArticleText.idOf(ArticleText.normalise(text)))).isEmpty();
    }

    @Test
    void wrongKeyIs403ProblemWithoutEchoingTheKey() {
        given().contentType(ContentType.JSON).header("X-Api-Key", "guessed-key")
                .body(Map.of("text", uniqueText()))
                .when().post("/articles")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/api-key-invalid"))
                .body("title", equalTo("The API key is not valid"))
                .body(not(containsString("guessed-key")));
    }

    @Test
    void validKeyIsAccepted202() {
        String text = uniqueText();
        given().contentType(ContentType.JSON).header("X-Api-Key", SecuredProfile.KEY)
                .body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(202)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(ArticleText.idOf(ArticleText.normalise(text))));
    }

    @Test
    void healthStaysOpenWithoutKey() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String uniqueText() {
        return "The minister said the talks would resume (key test " + UUID.randomUUID() + ").";
    }
}
