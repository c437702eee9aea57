package io.quotewire.query.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With keys configured and reading closed: 401 without a key, 403 with a wrong one, through with a valid one. */
@QuarkusTest
@TestProfile(ApiKeyIT.KeysRequired.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ApiKeyIT {

    static final String KEY = "query-key-93b1";

    /** Keys configured, reads closed. */
    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quotewire.security.api-keys", "other-key," + KEY,
                    "quotewire.security.read-requires-key", "true");
        }
    }

    @Test
    void reprocessingNeedsTheKey() {
        String unknown = "0".repeat(64);
        given().when().post("/articles/{id}/reprocess", unknown).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("type", equalTo("https://quotewire.io/problems/api-key-missing"));
        given().header("X-Api-Key", "guess").when().post("/articles/{id}/reprocess", unknown).then().statusCode(403)
                .body("type", equalTo("https://quotewire.io/problems/api-key-invalid"));
        // Past the check, the unknown article is a 404.
        given().header("X-Api-Key", KEY).when().post("/articles/{id}/reprocess", unknown).then().statusCode(404);
    }

    @Test
    void closedReadingNeedsTheKeyToo() {
        given().when().get("/articles").then().statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", "guess").when().get("/articles").then().statusCode(403);
        given().header("X-Api-Key", KEY).when().get("/articles").then().statusCode(200);
    }

    @Test
    void healthStaysOpen() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
