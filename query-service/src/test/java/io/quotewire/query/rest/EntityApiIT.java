package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.OwnQuotes;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /entities and /entities/{id}: one canonical entity per type and normalised name across articles. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class EntityApiIT {

    private NewsPair pair;

    @BeforeEach
    void publish() {
        pair = PublishedPair.get();
    }

    @Test
    void kimJongUnIsOneEntityAcrossArticlesWithTheAliasesOfBoth() {
        List<Map<String, Object>> kims = given().queryParam("q", "Kim Jong Un").queryParam("type", "person")
                .get("/entities").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(kims).extracting(kim -> kim.get("canonicalName")).containsOnlyOnce("Kim Jong Un");
        Map<String, Object> kim = kims.stream()
                .filter(entity -> "Kim Jong Un".equals(entity.get("canonicalName"))).findFirst().orElseThrow();
        assertThat(kim).containsEntry("type", "PERSON");
        assertThat((List<Object>) kim.get("aliases")).contains("Kim");
        assertThat(((Number) kim.get("articleCount")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) kim.get("mentionCount")).longValue()).isGreaterThanOrEqualTo(3);

        JsonPath detail = given().get("/entities/{id}", kim.get("id")).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("articles.id", String.class)).contains(pair.maxwell.id(), pair.sejong.id());
    }

    @Test
    void speakerEntityListsItsAliasesArticlesAndQuotes() {
        Map<String, Object> maxwell = given().queryParam("q", "maxwell").get("/entities").then()
                .statusCode(200).extract().jsonPath().getMap("items.find { it.canonicalName == 'David Maxwell' }");
        assertThat((List<Object>) maxwell.get("aliases")).containsExactly("Maxwell");
        assertThat(((Number) maxwell.get("quoteCount")).longValue()).isGreaterThanOrEqualTo(2);

        JsonPath detail = given().get("/entities/{id}", maxwell.get("id")).then()
                .statusCode(200)
                .body("canonicalName", equalTo("David Maxwell"))
                .body("type", equalTo("PERSON"))
                .extract().jsonPath();
        assertThat(detail.getList("aliases", String.class)).containsExactly("Maxwell");
        assertThat(detail.getList("articles.id", String.class)).contains(pair.maxwell.id(), pair.sejong.id());
        List<Map<String, Object>> quotes = detail.getList("quotes");
        // Listed once: first said in this pair's article, or in another test's pair and also in this one.
        OwnQuotes sejongs = OwnQuotes.of(pair.sejong.id());
        assertThat(quotes).filteredOn(sejongs::contains)
                .extracting(quote -> quote.get("text"))
                .containsExactly("Pyongyang will not give up Yongbyon for nothing");
        assertThat(quotes).allSatisfy(quote ->
                assertThat(((Map<?, ?>) quote.get("speaker")).get("name")).isEqualTo("David Maxwell"));
    }

    @Test
    void filtersByTypeAndNamePrefix() {
        List<Map<String, Object>> places = given().queryParam("type", "LOCATION").queryParam("q", "yong")
                .get("/entities").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(places).extracting(place -> place.get("canonicalName")).containsExactly("Yongbyon");
        assertThat(places).extracting(place -> place.get("type")).containsOnly("LOCATION");
        given().queryParam("type", "ORGANIZATION").queryParam("q", "yongbyon").get("/entities").then()
                .body("total", equalTo(0));
    }

    @Test
    void unknownOrMalformedEntityIdIsAProblem() {
        given().get("/entities/{id}", 987654321).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no entity with id 987654321."));
        given().get("/entities/{id}", "kim").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("id must be a whole number, not kim."));
        given().queryParam("q", "’!").get("/entities").then()
                .statusCode(400)
                .body("detail", equalTo("q must contain a letter or a digit."));
    }
}
