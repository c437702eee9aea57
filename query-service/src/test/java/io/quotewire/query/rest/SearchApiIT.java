package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /search: PostgreSQL full text over articles and quotes, ranked, with marked snippets. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SearchApiIT {

    private NewsPair pair;

    @BeforeEach
    void publish() {
        pair = PublishedPair.get();
    }

    @Test
    void yongbyonFindsTheArticleAndTheQuoteWithHighlights() {
        List<Map<String, Object>> hits = given().queryParam("q", "Yongbyon").queryParam("size", 100)
                .get("/search").then().statusCode(200).extract().jsonPath().getList("items");

        Map<String, Object> article = hits.stream()
                .filter(hit -> "article".equals(hit.get("kind")) && pair.sejong.id().equals(hit.get("articleId")))
                .findFirst().orElseThrow();
        assertThat(article).containsEntry("articleTitle", pair.sejong.title());
        assertThat((String) article.get("snippet")).contains("<mark>Yongbyon</mark>");

        Map<String, Object> quote = hits.stream()
                .filter(hit -> "quote".equals(hit.get("kind")) && pair.sejong.id().equals(hit.get("articleId")))
                .findFirst().orElseThrow();
        assertThat(quote).containsEntry("speakerName", "David Maxwell");
        assertThat(quote.get("quoteId")).isNotNull();
        assertThat((String) quote.get("snippet"))
                .isEqualTo("Pyongyang will not give up <mark>Yongbyon</mark> for nothing");

        assertThat(hits).noneMatch(hit -> pair.maxwell.id().equals(hit.get("articleId")));
        List<Double> ranks = hits.stream().map(hit -> ((Number) hit.get("rank")).doubleValue()).toList();
        assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void websearchSyntaxNarrowsTheHits() {
        given().queryParam("q", pair.nonce + " -Yongbyon").get("/search").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("article"))
                .body("items[0].articleId", equalTo(pair.maxwell.id()));
        // A phrase only this article and its quote hold: a phrase every test article shares matches more quotes
        // than the search's 200 candidates, and which 200 those are depends on the plan.
        // Its own nonce: the shared pair's would add an article to other tests' searches for it.
        String nonce = NewsPair.create().nonce;
        String phrase = "keep pushing " + nonce;
        CustomArticle article = new CustomArticle("Talks " + nonce, "Envoys met again.\n“We " + phrase
                + " until the talks resume,” said Ada Quill.")
                .entity("s", "Ada Quill", "PERSON").mentionOf("s", "Ada Quill", "PERSON", null)
                .quoteOf("We " + phrase + " until the talks resume", "Ada Quill", "s");
        article.store();
        given().queryParam("q", "\"" + phrase + "\"").queryParam("size", 100).get("/search").then()
                .body("items.findAll { it.articleId == '" + article.id() + "' }.kind",
                        containsInAnyOrder("article", "quote"));
    }

    @Test
    void aWordFirstFoundPastTheFirstHundredThousandCharactersStillHasItsSnippet() {
        // SearchQueries looks for the first match in an article's first 100,000 characters, then in the whole text.
        String nonce = NewsPair.create().nonce;
        String text = "Envoys met again and parted without a date. ".repeat(3_000) + "At last " + nonce
                + " was named as the venue.";
        CustomArticle article = new CustomArticle("Venue " + nonce, text);
        article.store();

        given().queryParam("q", nonce).get("/search").then()
                .statusCode(200)
                .body("items.findAll { it.articleId == '" + article.id() + "' }.kind", containsInAnyOrder("article"))
                .body("items[0].snippet", containsString("At last <mark>" + nonce + "</mark> was named"));
    }

    @Test
    void blankOrMissingQueryIsAProblem400() {
        given().queryParam("q", "  ").get("/search").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("q is required and must not be blank."));
        given().get("/search").then().statusCode(400).body("title", equalTo("Invalid parameter"));
    }
}
