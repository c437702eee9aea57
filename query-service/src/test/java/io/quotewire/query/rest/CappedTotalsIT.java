package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.query.persistence.QuoteQueries;
import io.quotewire.query.persistence.SearchQueries;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.NewsPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Totals that stop counting: /quotes past 1,000 matches, /search past its ranked candidates; pages go on. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class CappedTotalsIT {

    @Test
    void quotesPastTheCapAreCountedAsALowerBoundAndStillPaged() {
        String nonce = NewsPair.create().nonce;
        String speaker = "Ada " + nonce;
        int quotes = QuoteQueries.COUNT_CAP + 1;
        CustomArticle article = new CustomArticle("Many quotes " + nonce, speaker + " said a great deal.")
                .entity("s", speaker, "PERSON");
        for (int i = 0; i < quotes; i++) {
            article.quote("Statement number " + i, speaker, "s");
        }
        article.store();

        assertCappedFirstPage(nonce);
        // The page past the cap holds the one quote beyond it.
        given().queryParam("speaker", nonce).queryParam("size", 20).queryParam("page", QuoteQueries.COUNT_CAP / 20)
                .get("/quotes").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].speaker.name", equalTo(speaker));
        // Under the cap the count is exact.
        given().queryParam("speaker", nonce).queryParam("q", "number 7").get("/quotes").then().statusCode(200)
                .body("total", equalTo(1))
                .body("totalIsLowerBound", equalTo(false));
    }

    @Test
    void speakersUnderTheCapEachButPastItTogetherAreCountedAsALowerBound() {
        String nonce = NewsPair.create().nonce;
        String ada = "Ada " + nonce;
        String bo = "Bo " + nonce;
        String unlinked = "Cy " + nonce;
        CustomArticle article = new CustomArticle("Three speakers " + nonce, ada + " and " + bo + " spoke.")
                .entity("a", ada, "PERSON").entity("b", bo, "PERSON");
        int each = 400;
        for (int i = 0; i < each; i++) {
            article.quote("Ada's point " + i, ada, "a").quote("Bo's point " + i, bo, "b")
                    .quote("Cy's point " + i, unlinked, null);
        }
        article.store();

        // Two entities and a name without one, 400 quotes each: the count stops at the cap over all three.
        assertCappedFirstPage(nonce);
        given().queryParam("speaker", unlinked).get("/quotes").then().statusCode(200)
                .body("total", equalTo(each))
                .body("totalIsLowerBound", equalTo(false))
                .body("items.speaker.name", everyItem(equalTo(unlinked)));
    }

    @Test
    void aboutWithMoreMatchesThanItSortsWalksTheStrongestKindFirstAndPagesIntoTheNext() {
        String nonce = NewsPair.create().nonce;
        String word = "zq" + nonce;
        String speaker = "Cy " + nonce;
        // Every quote's cue clause names the word; the first half also say it themselves: 4,500 ways of matching.
        CustomArticle article = new CustomArticle("About many " + nonce,
                "Lorem ipsum dolor sit amet consectetur adipiscing elit and then " + word + " came up. " + nonce)
                .entity("s", speaker, "PERSON");
        int half = 1500;
        for (int i = 0; i < 2 * half; i++) {
            article.quote("Statement " + i + (i < half ? " on " + word : " on other things"), speaker, "s");
        }
        article.store();

        JsonPath first = given().queryParam("about", word).get("/quotes").then().statusCode(200)
                .body("total", equalTo(QuoteQueries.COUNT_CAP))
                .body("totalIsLowerBound", equalTo(true))
                .extract().jsonPath();
        assertThat(first.getList("items.match", String.class)).hasSize(20).containsOnly("quote");
        // Page 37 of 40 starts at the 1,481st match: the last 20 that say it themselves, then 20 whose passage names it.
        JsonPath across = given().queryParam("about", word).queryParam("size", 40).queryParam("page", 37)
                .get("/quotes").then().statusCode(200).extract().jsonPath();
        assertThat(across.getList("items.match", String.class)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.Collections.nCopies(20, "quote").stream(),
                        java.util.Collections.nCopies(20, "context").stream()).toList());
        assertThat(across.getList("items.text", String.class).subList(0, 20)).allMatch(text -> text.contains(word));
        assertThat(across.getList("items.text", String.class).subList(20, 40)).noneMatch(text -> text.contains(word));
        // Past the first half, the page is all context.
        given().queryParam("about", word).queryParam("size", 100).queryParam("page", 20).get("/quotes").then()
                .statusCode(200).body("items", hasSize(100)).body("items.match", everyItem(equalTo("context")));
        given().queryParam("about", word).queryParam("size", 100).queryParam("page", 30).get("/quotes").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void searchRanksABoundedSetOfCandidatesAndSaysThereAreMore() {
        String nonce = NewsPair.create().nonce;
        int quotes = SearchQueries.CANDIDATES + 1;
        CustomArticle article = new CustomArticle("Searched " + nonce, "The word " + nonce + " is everywhere.")
                .entity("s", "Bea " + nonce, "PERSON");
        for (int i = 0; i < quotes; i++) {
            article.quote("Quote " + i + " says " + nonce, "Bea " + nonce, "s");
        }
        article.store();

        // One article and the first CANDIDATES quotes are ranked: that many hits can be paged through.
        int reachable = 1 + SearchQueries.CANDIDATES;
        JsonPath first = given().queryParam("q", nonce).queryParam("size", 100).get("/search").then()
                .statusCode(200)
                .body("total", equalTo(reachable))
                .body("totalIsLowerBound", equalTo(true))
                .extract().jsonPath();
        assertThat(first.getList("items")).hasSize(100);
        assertThat(first.getList("items.snippet", String.class)).allSatisfy(snippet ->
                assertThat(snippet).contains("<mark>" + nonce + "</mark>"));
        given().queryParam("q", nonce).queryParam("size", 100).queryParam("page", 2).get("/search").then()
                .statusCode(200)
                .body("items", hasSize(reachable - 200))
                .body("total", equalTo(reachable))
                .body("totalIsLowerBound", equalTo(true));
        given().queryParam("q", nonce).queryParam("size", 100).queryParam("page", 3).get("/search").then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(reachable))
                .body("totalIsLowerBound", equalTo(true));
        // The web page shows the total as a lower bound.
        given().queryParam("q", nonce).get("/ui/search").then().statusCode(200)
                .body(containsString("of " + reachable + "+ for"));
    }

    /** The first page of {@code speaker}'s quotes is full and its total the cap, as a lower bound. */
    private static void assertCappedFirstPage(String speaker) {
        given().queryParam("speaker", speaker).get("/quotes").then().statusCode(200)
                .body("total", equalTo(QuoteQueries.COUNT_CAP))
                .body("totalIsLowerBound", equalTo(true))
                .body("items", hasSize(20));
    }
}
