package io.quotewire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health (with Kafka), OpenAPI, Swagger UI and Prometheus metrics are served. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ServiceEndpointsIT {

    @Test
    void readinessIsUpAndIncludesKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void openApiDescribesPostArticles() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/articles'.post.responses.'202'.description", containsString("accepted"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void documentsAreCountedByOutcome() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Counted by the metrics test."))
                .when().post("/articles").then().statusCode(202);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("quotewire_ingest_documents_total{status=\"accepted\"}"));
    }
}
