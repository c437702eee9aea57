package io.quotewire.ingest.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.ingest.support.SecuredProfile;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client that spends its burst gets 429 with Retry-After; another client is not affected. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class RateLimitIT {

    @Test
    void burstIsServedThenTheClientIsAnswered429WithRetryAfter() {
        for (int i = 0; i < SecuredProfile.BURST; i++) {
            post(SecuredProfile.BURST_KEY).then().statusCode(202);
        }

        Response limited = post(SecuredProfile.BURST_KEY);
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/rate-limited"))
                .body("status", equalTo(429));
        // One token every 10 s (6 a minute): the wait is at most 10 s and at least 1.
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 10);

        post(SecuredProfile.KEY).then().statusCode(202);
    }

    private static Response post(String key) {
        return given().contentType(ContentType.JSON).header("X-Api-Key", key)
                .body(Map.of("text", "Rate test article " + UUID.randomUUID() + " said the minister."))
                .when().post("/articles");
    }
}
