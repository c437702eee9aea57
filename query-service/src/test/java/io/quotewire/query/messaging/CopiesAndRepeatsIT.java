package io.quotewire.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.Topics;
import io.quotewire.query.persistence.QuoteRepeats;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.LongStory;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wire copies are marked copyOf their earliest original, and a quote said again is listed and counted once. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class CopiesAndRepeatsIT {

    @Inject
    MeterRegistry registry;

    private static final Instant MONDAY = Instant.parse("2019-10-07T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2019-10-08T09:00:00Z");

    @Test
    void anEditedCopyIsACopyOfTheOriginalAndItsQuotesCountOnce() {
        Story story = new Story();
        story.original(MONDAY).store();
        story.copy(TUESDAY).store();

        JsonPath copy = article(story.copyId);
        assertThat(copy.getString("copyOf.articleId")).isEqualTo(story.originalId);
        assertThat(copy.getFloat("copySimilarity")).isBetween(0.8f, 1.0f);
        assertThat(article(story.originalId).getList("copies.articleId")).containsExactly(story.copyId);
        assertThat(article(story.originalId).getString("copyOf")).isNull();
        story.assertQuotedOnceIn(story.originalId, story.copyId);
    }

    @Test
    void aCopyStoredBeforeItsOriginalBecomesTheCopyWhenTheOriginalArrives() {
        Story story = new Story();
        double copiesBefore = copiesCounted();
        story.copy(TUESDAY).store();
        assertThat(article(story.copyId).getString("copyOf")).isNull();

        story.original(MONDAY).store();

        assertThat(article(story.copyId).getString("copyOf.articleId")).isEqualTo(story.originalId);
        // Counted when the original arrives and makes the earlier-stored article its copy.
        assertThat(copiesCounted()).isEqualTo(copiesBefore + 1);
        assertThat(article(story.originalId).getString("copyOf")).isNull();
        // The copy was stored first, so its quotes are the first occurrences; each is still listed once.
        story.assertQuotedOnceIn(story.copyId, story.originalId);
    }

    @Test
    void reEnrichingTheOriginalHandsItsQuotesToTheCopyAndStillCountsThemOnce() {
        Story story = new Story();
        story.original(MONDAY).store();
        story.copy(TUESDAY).store();

        CustomArticle again = story.original(MONDAY);
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, again.id(), again.enriched(Instant.now().plusSeconds(5)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                quotesBy(story.speaker).stream().allMatch(quote -> story.copyId.equals(quote.get("articleId"))));

        story.assertQuotedOnceIn(story.copyId, story.originalId);
        assertThat(article(story.copyId).getString("copyOf.articleId")).isEqualTo(story.originalId);
    }

    @Test
    void theWebPagesSayCopyOfAlsoInAndWhyEachNameBelongs() {
        Story story = new Story();
        story.original(MONDAY).store();
        story.copy(TUESDAY).store();

        String copyPage = given().get("/ui/articles/{id}", story.copyId).then().statusCode(200).extract().asString();
        assertThat(copyPage).contains("id=\"copy-of\"", "Copy of <a href=\"/ui/articles/" + story.originalId + "\"",
                "% the same words", "first said in <a href=\"/ui/articles/" + story.originalId + "\"");
        assertThat(given().get("/ui/articles/{id}", story.originalId).then().statusCode(200).extract().asString())
                .contains("id=\"copies\"", "/ui/articles/" + story.copyId);
        long speaker = given().queryParam("q", story.nonce).get("/entities").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        String speakerPage = given().get("/ui/entities/{id}", speaker).then().statusCode(200).extract().asString();
        assertThat(speakerPage).contains("2 quotes", "also in 1 article: <a href=\"/ui/articles/" + story.copyId,
                "id=\"entity-names\"", "the name of the entity", "id=\"articles-by-month\"", "2019-10");
        assertThat(speakerPage.split("also in 1 article", -1)).hasSize(3);
    }

    @Test
    void shortTextsAreNeverCopiesOfEachOther() {
        NewsPair first = NewsPair.create();
        NewsPair second = NewsPair.create();
        for (NewsPair pair : List.of(first, second)) {
            EventPublisher.publish(Topics.ARTICLES_ENRICHED, pair.maxwell.id(), pair.maxwellEnriched);
            PublishedPair.awaitStatus(pair.maxwell.id(), "enriched");
        }
        assertThat(article(second.maxwell.id()).getString("copyOf")).isNull();
    }

    @Test
    void aQuoteRepeatedInManyArticlesListsTheFirstTenAndCountsThemAll() {
        String nonce = NewsPair.create().nonce;
        String speaker = "Bea " + nonce;
        String quote = "The harbour " + nonce + " stays open through the winter whatever the council decides";
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            // Short and different, so no article is a copy of another: only the quote repeats.
            String text = "Item " + i + " " + nonce + "\n“" + quote + ",” said " + speaker + ".";
            CustomArticle article = new CustomArticle("Harbour " + i + " " + nonce, text, MONDAY.plusSeconds(i))
                    .entity("s", speaker, "PERSON").mentionOf("s", speaker, "PERSON", null).quoteOf(quote, speaker, "s");
            article.store();
            ids.add(article.id());
        }

        List<Map<String, Object>> quotes = quotesBy(speaker);

        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).get("articleId")).isEqualTo(ids.get(0));
        assertThat((List<Map<String, Object>>) quotes.get(0).get("alsoIn")).extracting(other -> other.get("articleId"))
                .containsExactlyElementsOf(ids.subList(1, 11));
        assertThat(quotes.get(0).get("alsoInTotal")).isEqualTo(12);
    }

    @Test
    void aRepeatIsComparedWithTheNewestQuotesSharingItsOpeningAndThoseSharingItsEnding() {
        String nonce = NewsPair.create().nonce;
        String speaker = "Cy " + nonce;
        String said = "We will not go back to the table while the sanctions stay in place and the drills go on";
        String first = storeQuote(nonce, 0, speaker, said);
        // More distinct quotes of the speaker opening with the same six words than one lookup reads, all newer.
        List<String> places = List.of("harbour", "winter", "council", "ferry", "bridge", "budget", "tunnel", "school",
                "clinic", "market", "railway", "airport", "garden", "museum", "library", "stadium", "canal", "factory",
                "orchard", "vineyard", "pension", "border", "mining", "tariff", "quota", "subsidy", "treaty", "census",
                "ballot", "pipeline", "reactor", "satellite", "vaccine", "drought", "harvest", "shipyard", "refinery",
                "highway", "curfew", "amnesty");
        int opening = QuoteRepeats.SIMILAR_CANDIDATES + 4;
        List<CustomArticle> newer = new java.util.ArrayList<>();
        for (int i = 0; i < opening; i++) {
            newer.add(quoteArticle(nonce, 1 + i, speaker, "We will not go back to the table before "
                    + places.get(2 * i) + ", " + places.get(2 * i + 1) + " or " + (1990 + i)));
        }
        // Published and awaited together: all of them stored after the first quote and before the two edits below.
        newer.forEach(article -> EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(),
                article.enriched(Instant.now())));
        newer.forEach(article -> PublishedPair.awaitStatus(article.id(), "enriched"));

        // Edited in the middle: it keeps its last six words, so the second lookup finds the first occurrence.
        String middle = storeQuote(nonce, 100, speaker,
                "We will not go back to the table while the sanctions are in place and the drills go on");
        // Edited at the end: it shares only its opening, which more newer quotes of the speaker than that share too.
        String end = storeQuote(nonce, 101, speaker,
                "We will not go back to the table while the sanctions stay in place and the drills continue");

        List<Map<String, Object>> quotes = quotesBy(speaker);
        assertThat(quotes).hasSize(opening + 2);
        Map<String, Object> original = quotes.stream().filter(quote -> first.equals(quote.get("articleId")))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) original.get("alsoIn")).extracting(other -> other.get("articleId"))
                .containsExactly(middle);
        assertThat(quotes).extracting(quote -> quote.get("articleId")).contains(end).doesNotContain(middle);
    }

    /** Stores a short article (never a copy of another) with one quote of the speaker; its id. */
    private static String storeQuote(String nonce, int number, String speaker, String quote) {
        CustomArticle article = quoteArticle(nonce, number, speaker, quote);
        article.store();
        return article.id();
    }

    private static CustomArticle quoteArticle(String nonce, int number, String speaker, String quote) {
        String text = "Item " + number + " " + nonce + "\n“" + quote + ",” said " + speaker + ".";
        return new CustomArticle("Talks " + number + " " + nonce, text, MONDAY.plusSeconds(number))
                .entity("s", speaker, "PERSON").mentionOf("s", speaker, "PERSON", null).quoteOf(quote, speaker, "s");
    }

    private double copiesCounted() {
        return registry.get("quotewire.query.copies").counter().count();
    }

    private static JsonPath article(String id) {
        return given().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> quotesBy(String speaker) {
        return given().queryParam("speaker", speaker).queryParam("size", 100).get("/quotes").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    /** A long story with two quotes of one speaker, and its wire copy with a new headline and one quote re-punctuated. */
    private static final class Story {
        final String nonce = NewsPair.create().nonce;
        final String speaker = "Ada " + nonce;
        final String quoteOne = "The envoy " + nonce + " will return when the sanctions are lifted and not a day before";
        final String quoteTwo = "We told them plainly that a freeze is not the same as giving the weapons up";
        final String body = LongStory.of(nonce.hashCode(), nonce, 320);
        String originalId;
        String copyId;

        CustomArticle original(Instant published) {
            String text = "Talks fail " + nonce + "\n“" + quoteOne + ",” said " + speaker + ".\n" + body + "\n“"
                    + quoteTwo + ",” " + speaker + " added.";
            CustomArticle article = withQuotes(text, published, quoteOne, quoteTwo);
            originalId = article.id();
            return article;
        }

        CustomArticle copy(Instant published) {
            String edited = "We told them plainly that a freeze is not the same as giving up the weapons";
            String text = "Envoy walks out " + nonce + "\nBy the wire\n“" + quoteOne + ",” said " + speaker + ".\n"
                    + body.replaceFirst(" the ", " a ").substring(0, body.length() - 120) + "\n“" + edited + ",” "
                    + speaker + " added.";
            CustomArticle article = withQuotes(text, published, quoteOne, edited);
            copyId = article.id();
            return article;
        }

        private CustomArticle withQuotes(String text, Instant published, String first, String second) {
            return new CustomArticle("Talks " + nonce, text, published)
                    .entity("s", speaker, "PERSON")
                    .mentionOf("s", speaker, "PERSON", null)
                    .quoteOf(first, speaker, "s")
                    .quoteOf(second, speaker, "s");
        }

        void assertQuotedOnceIn(String firstArticle, String alsoIn) {
            List<Map<String, Object>> quotes = quotesBy(speaker);
            assertThat(quotes).hasSize(2);
            assertThat(quotes).extracting(quote -> quote.get("articleId")).containsOnly(firstArticle);
            assertThat(quotes).allSatisfy(quote -> assertThat((List<Map<String, Object>>) quote.get("alsoIn"))
                    .extracting(other -> other.get("articleId")).containsExactly(alsoIn));
            Map<String, Object> entity = given().queryParam("q", nonce).queryParam("type", "PERSON").get("/entities")
                    .then().statusCode(200).extract().jsonPath().getMap("items[0]");
            assertThat(((Number) entity.get("quoteCount")).longValue()).isEqualTo(2);
            assertThat(given().get("/entities/{id}", entity.get("id")).then().statusCode(200).extract().jsonPath()
                    .getList("quotes")).hasSize(2);
            // The copy's own page still shows both quotes, each saying where it was first said.
            assertThat(article(alsoIn).getList("quotes.repeatOf.articleId")).containsOnly(firstArticle);
        }
    }
}
