package io.quotewire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the broker does not acknowledge, callers get 503 with Retry-After, never 202. */
@QuarkusTest
@TestProfile(BrokerDownIT.UnreachableBroker.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class BrokerDownIT {

    /** Points only the articles.ingested producer at a port where no broker listens, with short timeouts. */
    public static class UnreachableBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String channel = "mp.messaging.outgoing.\"articles.ingested\".";
            return Map.of(
                    channel + "bootstrap.servers", "localhost:1",
                    channel + "max.block.ms", "1500",
                    channel + "request.timeout.ms", "1000",
                    channel + "delivery.timeout.ms", "2000",
                    "quotewire.ingest.publish-timeout", "3s",
                    "quotewire.ingest.retry-after-seconds", "7");
        }
    }

    @Test
    void jsonArticleIsAnswered503WithRetryAfter() {
        given().contentType(ContentType.JSON).body(Map.of("text", "The broker is down (broker test)."))
                .when().post("/articles")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/broker-unavailable"))
                .body("detail", containsString("not accepted"))
                .time(lessThan(10_000L));
    }

    @Test
    void fileUploadIsAnswered503WithRetryAfter() {
        given().multiPart("file", "a.txt", "Broker down, file upload.".getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "b.txt", "Broker down, second file.".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .body("status", equalTo(503))
                .time(lessThan(10_000L));
    }
}
