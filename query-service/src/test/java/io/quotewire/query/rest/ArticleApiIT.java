package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /articles and /articles/{id} over two enriched articles published through the real broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ArticleApiIT {

    private NewsPair pair;

    @BeforeEach
    void publish() {
        pair = PublishedPair.get();
    }

    @Test
    void listsArticlesNewestFirstWithTheirCounts() {
        given().queryParam("q", pair.nonce).get("/articles").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(pair.sejong.id(), pair.maxwell.id()))
                .body("items[0].title", equalTo(pair.sejong.title()))
                .body("items[0].source", equalTo("quotewire-test"))
                .body("items[0].receivedAt", equalTo(pair.sejong.receivedAt().toString()))
                .body("items[0].status", equalTo("enriched"))
                .body("items[0].entityCount", equalTo(6))
                .body("items[0].quoteCount", equalTo(2))
                .body("items[1].entityCount", equalTo(5))
                .body("items[1].quoteCount", equalTo(1));
    }

    @Test
    void pagesThroughTheList() {
        given().queryParam("q", pair.nonce).queryParam("size", 1).queryParam("page", 0).get("/articles").then()
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items.id", contains(pair.sejong.id()));
        given().queryParam("q", pair.nonce).queryParam("size", 1).queryParam("page", 1).get("/articles").then()
                .body("total", equalTo(2)).body("page", equalTo(1)).body("items.id", contains(pair.maxwell.id()));
        given().queryParam("q", pair.nonce).queryParam("size", 1).queryParam("page", 2).get("/articles").then()
                .body("total", equalTo(2)).body("items", empty());
    }

    @Test
    void filtersByEntityNameAliasOrIdCaseInsensitively() {
        assertThat(idsWith("entity", "Kim Jong Un")).containsExactly(pair.sejong.id(), pair.maxwell.id());
        assertThat(idsWith("entity", "kim jong un")).containsExactly(pair.sejong.id(), pair.maxwell.id());
        assertThat(idsWith("entity", "Stockholm")).containsExactly(pair.maxwell.id());
        assertThat(idsWith("entity", "Yongbyon")).containsExactly(pair.sejong.id());
        assertThat(idsWith("entity", "Trump")).containsExactly(pair.maxwell.id());
        long stockholm = given().get("/articles/{id}", pair.maxwell.id()).then().extract()
                .jsonPath().getLong("entities.find { it.text == 'Stockholm' }.entityId");
        assertThat(idsWith("entity", Long.toString(stockholm))).containsExactly(pair.maxwell.id());
    }

    @Test
    void filtersBySpeakerFullNameOrSurname() {
        assertThat(idsWith("speaker", "Maxwell")).containsExactly(pair.sejong.id(), pair.maxwell.id());
        assertThat(idsWith("speaker", "david maxwell")).containsExactly(pair.sejong.id(), pair.maxwell.id());
        assertThat(idsWith("speaker", "Kim Myong Gil")).containsExactly(pair.sejong.id());
        assertThat(idsWith("speaker", "Donald Trump")).isEmpty();
    }

    @Test
    void servesOneArticleWithOffsetsIntoItsText() {
        JsonPath article = given().get("/articles/{id}", pair.sejong.id()).then()
                .statusCode(200)
                .body("id", equalTo(pair.sejong.id()))
                .body("title", equalTo(pair.sejong.title()))
                .body("source", equalTo("quotewire-test"))
                .body("fileName", equalTo(pair.sejong.fileName()))
                .body("status", equalTo("enriched"))
                .body("enrichedAt", equalTo(pair.sejongEnriched.enrichedAt().toString()))
                .body("entities", hasSize(6))
                .body("quotes", hasSize(2))
                .extract().jsonPath();
        String text = article.getString("text");
        assertThat(text).isEqualTo(pair.sejong.text());

        List<Map<String, Object>> mentions = article.getList("entities");
        for (Map<String, Object> mention : mentions) {
            assertThat(text.substring((Integer) mention.get("start"), (Integer) mention.get("end")))
                    .isEqualTo(mention.get("text"));
        }
        assertThat(mentions).extracting(mention -> mention.get("canonicalName"))
                .contains("Yongbyon", "Kim Jong Un", "Kim Myong Gil", "David Maxwell");
        Map<String, Object> maxwellMention = mentions.stream()
                .filter(mention -> "Maxwell".equals(mention.get("text"))).findFirst().orElseThrow();
        assertThat(maxwellMention).containsEntry("type", "PERSON").containsEntry("canonicalName", "David Maxwell");

        assertThat(article.getString("quotes[1].text")).isEqualTo("Pyongyang will not give up Yongbyon for nothing");
        assertThat(text.substring(article.getInt("quotes[1].start"), article.getInt("quotes[1].end")))
                .isEqualTo("Pyongyang will not give up Yongbyon for nothing");
        assertThat(article.getString("quotes[1].kind")).isEqualTo("direct");
        assertThat(article.getString("quotes[1].cue")).isEqualTo("said");
        assertThat(article.getDouble("quotes[1].confidence")).isEqualTo(0.9);
        assertThat(article.getString("quotes[1].speaker.name")).isEqualTo("David Maxwell");
        assertThat(article.getString("quotes[1].speaker.mentionText")).isEqualTo("Maxwell");
        assertThat(text.substring(article.getInt("quotes[1].speaker.mentionStart"),
                article.getInt("quotes[1].speaker.mentionEnd"))).isEqualTo("Maxwell");
        assertThat(article.getLong("quotes[1].speaker.entityId")).isEqualTo((long) (Integer) maxwellMention.get("entityId"));
        assertThat(article.getString("quotes[0].speaker.name")).isEqualTo("Kim Myong Gil");
        assertThat(article.getString("quotes[0].speaker.description"))
                .isEqualTo("DPRK’s Ambassador and the chief negotiator");
    }

    @Test
    void unknownArticleIsAProblem404() {
        given().get("/articles/{id}", "0".repeat(64)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no article with id " + "0".repeat(64) + "."));
    }

    @ParameterizedTest
    @CsvSource({
        "size, 0, 'size must be between 1 and 100, not 0.'",
        "size, 101, 'size must be between 1 and 100, not 101.'",
        "page, -1, 'page must be 0 or more (pages count from 0), not -1.'",
        "page, abc, 'page must be a whole number, not abc.'",
        "status, lost, 'status must be one of processing, failed or enriched, not lost.'"
    })
    void badParametersAreProblem400s(String name, String value, String detail) {
        given().queryParam(name, value).get("/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("detail", equalTo(detail))
                .body(not(containsString("Exception")));
    }

    private List<String> idsWith(String filter, String value) {
        return given().queryParam("q", pair.nonce).queryParam(filter, value).get("/articles").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }
}
