package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Health (database and Kafka), OpenAPI, Swagger UI and Prometheus metrics. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class OperationsIT {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(
                        "Database connections health check", "SmallRye Reactive Messaging - readiness check")));
    }

    @Test
    void documentsTheApi() {
        given().get("/q/openapi").then()
                .statusCode(200)
                .body(containsString("/articles/{id}"))
                .body(containsString("/quotes"))
                .body(containsString("/entities/{id}"))
                .body(containsString("/search"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesConsumedMessageCounts() {
        PublishedPair.get();
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("quotewire_query_messages_total{"))
                .body(containsString("topic=\"articles.enriched\""));
    }

    @Test
    void unknownPathIsAProblem404() {
        given().get("/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
