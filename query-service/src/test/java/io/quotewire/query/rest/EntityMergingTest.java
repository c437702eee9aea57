package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.Topics;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One entity across articles under every name it goes by, dates by their value, and the from/to filters. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class EntityMergingTest {

    private String nonce;
    private CustomArticle october;
    private CustomArticle november;

    @BeforeEach
    void store() {
        nonce = NewsPair.create().nonce;
        String speaker = "Bea " + nonce;
        String first = "The United States met the envoy on October 5, said " + speaker + " of the Foundation for "
                + "Defense of Democracies (FDD). “FDD will watch the " + nonce + " talks closely,” she said.";
        october = new CustomArticle("October " + nonce, first, Instant.parse("2019-10-07T09:00:00Z"))
                .entity("us", "United States", "LOCATION").mentionOf("us", "United States", "LOCATION", null)
                .valueEntity("d", "October 5", "DATE", "2019-10-05").mentionOf("d", "October 5", "DATE", "2019-10-05")
                .entity("f", "Foundation for Defense of Democracies", "ORGANIZATION")
                .mentionOf("f", "Foundation for Defense of Democracies", "ORGANIZATION", null)
                .entity("a", "FDD", "ORGANIZATION").mentionOf("a", "FDD will", "ORGANIZATION", null)
                .entity("s", speaker, "PERSON").mentionOf("s", speaker, "PERSON", null)
                .quoteOf("FDD will watch the " + nonce + " talks closely", speaker, "s");
        String second = "The U.S. recalled what happened on Oct. 5, " + speaker + " said. “The " + nonce
                + " talks are over,” she said.";
        november = new CustomArticle("November " + nonce, second, Instant.parse("2019-11-20T09:00:00Z"))
                .entity("us", "U.S.", "ORGANIZATION").mentionOf("us", "U.S.", "ORGANIZATION", null)
                .valueEntity("d", "Oct. 5", "DATE", "2019-10-05").mentionOf("d", "Oct. 5", "DATE", "2019-10-05")
                .entity("s", speaker, "PERSON").mentionOf("s", speaker, "PERSON", null)
                .quoteOf("The " + nonce + " talks are over", speaker, "s");
        for (CustomArticle article : List.of(october, november)) {
            EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), article.enriched(Instant.now()));
            PublishedPair.awaitStatus(article.id(), "enriched");
        }
    }

    @Test
    void usAndUnitedStatesAreTheSameEntityWithTheReasonForEachName() {
        long byName = firstId(entities("United States"), "United States");
        long byAbbreviation = firstId(entities("U.S."), "United States");
        assertThat(byAbbreviation).isEqualTo(byName);
        assertThat(firstId(entities("US"), "United States")).isEqualTo(byName);
        assertThat(mentionEntity(october, "United States")).isEqualTo(byName);
        assertThat(mentionEntity(november, "U.S.")).isEqualTo(byName);

        JsonPath detail = given().get("/entities/{id}", byName).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("type")).isEqualTo("LOCATION");
        Map<String, Object> abbreviation = detail.getMap("names.find { it.name == 'U.S.' }");
        assertThat(abbreviation).containsEntry("reason", "known");
        assertThat((String) abbreviation.get("why")).contains("known name of United States");
        assertThat(((Number) abbreviation.get("mentions")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(detail.getList("articlesByMonth.month")).contains("2019-10", "2019-11");
    }

    @Test
    void anAcronymTheArticleDefinesIsTheSameEntity() {
        long foundation = mentionEntity(october, "Foundation for Defense of Democracies");
        assertThat(mentionEntity(october, "FDD will")).isEqualTo(foundation);
        JsonPath detail = given().get("/entities/{id}", foundation).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("names.find { it.name == 'FDD' }.reason")).isEqualTo("acronym");
        // The first article that defined it (each test of this class stores one).
        String definedIn = detail.getString("names.find { it.name == 'FDD' }.articleId");
        assertThat(given().get("/articles/{id}", definedIn).then().statusCode(200).extract().jsonPath()
                .getString("text")).contains("Defense of Democracies (FDD)");
    }

    @Test
    void datesAreOneEntityPerValueWhateverTheSpelling() {
        long date = mentionEntity(october, "October 5");
        assertThat(mentionEntity(november, "Oct. 5")).isEqualTo(date);
        JsonPath article = given().get("/articles/{id}", october.id()).then().statusCode(200).extract().jsonPath();
        assertThat(article.getString("entities.find { it.text == 'October 5' }.value")).isEqualTo("2019-10-05");
        assertThat(article.getString("publishedAt")).isEqualTo("2019-10-07T09:00:00Z");
        JsonPath entity = given().get("/entities/{id}", date).then().statusCode(200).extract().jsonPath();
        assertThat(entity.getString("value")).isEqualTo("2019-10-05");
        assertThat(entity.getString("canonicalName")).isEqualTo("2019-10-05");
        assertThat(entity.getList("names.name")).contains("October 5", "Oct. 5");
    }

    @Test
    void articlesAndQuotesFilterByPublicationDay() {
        assertThat(given().queryParam("q", nonce).queryParam("from", "2019-10-01").queryParam("to", "2019-10-31")
                .get("/articles").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactly(october.id());
        assertThat(given().queryParam("q", nonce).queryParam("to", "2019-11-20").get("/articles").then()
                .statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactlyInAnyOrder(october.id(), november.id());
        assertThat(given().queryParam("speaker", nonce).queryParam("from", "2019-11-01T00:00:00Z").get("/quotes")
                .then().statusCode(200).extract().jsonPath().getList("items.articleId"))
                .containsExactly(november.id());
        given().queryParam("from", "October 2019").get("/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("from must be a day"));
        given().queryParam("from", "2019-11-01").queryParam("to", "2019-10-01").get("/articles").then()
                .statusCode(400).body("detail", containsString("from must be before to"));
        given().queryParam("from", "2019-10-01").queryParam("to", "2019-10-31").queryParam("q", nonce).get("/")
                .then().statusCode(200).body(containsString("October " + nonce));
    }

    private static List<Map<String, Object>> entities(String q) {
        return given().queryParam("q", q).queryParam("size", 100).get("/entities").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static long firstId(List<Map<String, Object>> entities, String name) {
        List<Map<String, Object>> named = entities.stream().filter(e -> name.equals(e.get("canonicalName"))).toList();
        assertThat(named).as("entities named " + name + " in " + entities).hasSize(1);
        return ((Number) named.get(0).get("id")).longValue();
    }

    private static long mentionEntity(CustomArticle article, String text) {
        return given().get("/articles/{id}", article.id()).then().statusCode(200).extract().jsonPath()
                .getLong("entities.find { it.text == '" + text + "' }.entityId");
    }
}
