package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests built to break the API and the web pages get a 4xx problem JSON, never a 500 or a bare status. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class HostileRequestsIT {

    private static final String PROBLEMS = "https://quotewire.io/problems/";
    private static final List<String> PAGED_ENDPOINTS = List.of("/articles", "/quotes", "/entities", "/search?q=kim");
    private static final List<String> PAGED_WEB_PAGES = List.of("/", "/ui/search?q=kim");

    @Test
    void theLargestIntegerPageIs400OnEveryPagedEndpointAndWebPage() {
        for (String address : concat(PAGED_ENDPOINTS, PAGED_WEB_PAGES)) {
            given().when().get(address + separator(address) + "page=2147483647")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "invalid-parameter"));
        }
    }

    @Test
    void aPageTimesSizeOverTheReachIs400AndTheDeepestPageInReachIsServed() {
        for (String address : PAGED_ENDPOINTS) {
            given().when().get(address + separator(address) + "page=10001&size=100")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("page × size must be at most 1000000"));
            given().when().get(address + separator(address) + "page=10000&size=100")
                    .then().statusCode(200).body("page", equalTo(10000));
        }
        given().when().get("/?page=50001").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/?page=50000").then().statusCode(200);
    }

    @Test
    void aNulInAParameterOrThePathIs400() {
        for (String address : List.of("/entities?type=%00", "/articles?q=kim%00", "/quotes?speaker=%00",
                "/articles/%00", "/?q=a%00", "/ui/search?q=%00")) {
            given().urlEncodingEnabled(false).when().get(address)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                    .body("detail", containsString("NUL character"));
        }
    }

    @Test
    void anAddressOverTheLimitIs414Problem() {
        given().when().get("/articles?q=" + "kim".repeat(3000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "uri-too-long"));
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        given().contentType("application/json").body("x".repeat(1024 * 1024 + 1))
                .when().post("/articles/{id}/reprocess", "0".repeat(64))
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "body-too-large"));
    }

    @Test
    void anUnknownAddressAndAWrongMethodAreProblems() {
        given().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/articles").then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    private static String separator(String address) {
        return address.contains("?") ? "&" : "?";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
