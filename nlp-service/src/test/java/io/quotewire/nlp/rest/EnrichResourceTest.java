package io.quotewire.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.nlp.QuotewireNlpTestProfile;
import io.quotewire.nlp.TestTexts;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /enrich} runs the real CoreNLP models and the attribution engine synchronously. */
@QuarkusTest
@TestProfile(QuotewireNlpTestProfile.class)
class EnrichResourceTest {

    @Test
    void plainTextGetsItsQuoteAttributedToTheFullName() {
        given().contentType("text/plain; charset=UTF-8")
                .body(TestTexts.MAXWELL)
                .when().post("/enrich")
                .then().statusCode(200)
                .body("quotes[0].speaker.name", equalTo("David Maxwell"))
                .body("quotes[0].kind", equalTo("direct"))
                .body("quotes[0].text", containsString("Kim thought he could sucker us"))
                .body("entities.name", hasItems("David Maxwell", "Foundation for Defense of Democracies"))
                .body("nlp.annotators", hasItem("ner"));
    }

    @Test
    void jsonArticleOffsetsIndexTheNormalisedText() {
        String text = "The talks in Stockholm broke down.\r\n" + TestTexts.MAXWELL;
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Stockholm", "text", text))
                .when().post("/enrich")
                .then().statusCode(200)
                .body("mentions.find { it.text == 'Stockholm' }.start", equalTo(13))
                .body("mentions.find { it.text == 'Stockholm' }.type", equalTo("LOCATION"))
                .body("quotes[0].speaker.mentionText", equalTo("David Maxwell"))
                .body("quotes[0].speaker.mentionStart", equalTo(text.indexOf("David Maxwell") - 1));
    }

    @Test
    void datesCarryTheirValueResolvedAgainstThePublicationDay() {
        String text = "The working-level talks held in Stockholm on October 5 broke down, Ann Lee said.";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2019-10-07T09:00:00Z"))
                .when().post("/enrich")
                .then().statusCode(200)
                .body("mentions.find { it.text == 'October 5' }.type", equalTo("DATE"))
                .body("mentions.find { it.text == 'October 5' }.value", equalTo("2019-10-05"))
                .body("entities.find { it.type == 'DATE' }.value", equalTo("2019-10-05"))
                .body("entities.find { it.name == 'Ann Lee' }.value", nullValue());
        // A dateline in the opening lines dates a plain text.
        given().contentType("text/plain; charset=UTF-8")
                .body("Talks fail\nOctober 7, 2018\n" + text)
                .when().post("/enrich")
                .then().statusCode(200)
                .body("mentions.find { it.text == 'October 5' }.value", equalTo("2018-10-05"));
    }

    @Test
    void blankOrInvisibleTextIs422NotAnError() {
        for (String text : java.util.List.of("   \n ", "\u00A0\u200B\u2060 \uFEFF")) {
            given().contentType("text/plain; charset=UTF-8")
                    .body(text)
                    .when().post("/enrich")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://quotewire.io/problems/empty-text"))
                    .body("detail", containsString("only white space and invisible characters"));
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "\u00A0\u200B"))
                .when().post("/enrich")
                .then().statusCode(422).body("type", equalTo("https://quotewire.io/problems/empty-text"));
    }

    @Test
    void tenThousandNestedArraysAre400WithoutAStackOverflow() {
        String nested = "{\"text\":\"Kim said no.\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        given().contentType(ContentType.JSON).body(nested)
                .when().post("/enrich")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/invalid-json"))
                .body("detail", containsString("nested or sized beyond"));
    }

    @Test
    void aNumberIsNotTextAndADuplicateFieldIsRefused() {
        given().contentType(ContentType.JSON).body("{\"text\":5}")
                .when().post("/enrich")
                .then().statusCode(400).body("detail", containsString("field 'text' must be a string"));
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"text\":\"b\"}")
                .when().post("/enrich")
                .then().statusCode(400).body("detail", containsString("appears more than once"));
    }

    @Test
    void anAddressOrABodyOverTheLimitIsAProblemNotABareStatus() {
        given().when().get("/enrich?q=" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/uri-too-long"));
        given().contentType("text/plain; charset=UTF-8").body("a".repeat(4 * 1024 * 1024 + 1))
                .when().post("/enrich")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/body-too-large"));
    }

    @Test
    void jsonWithoutTextSaysWhatIsMissing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "No text here"))
                .when().post("/enrich")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text is required"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": ")
                .when().post("/enrich")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", notNullValue());
    }
}
