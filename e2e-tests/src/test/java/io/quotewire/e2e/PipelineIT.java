package io.quotewire.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline from the packaged jars: seeds posted to ingest-service come back enriched from query-service. */
class PipelineIT {

    private static final Path SEJONG_SEED = RunningPipeline.ROOT.resolve("seeds/000_6beca85ce06e4a01.txt");
    private static final Path MAXWELL_SEED = RunningPipeline.ROOT.resolve("seeds/004_6e24b6c3a97ee8ce.txt");
    private static final Duration ENRICHED_TIMEOUT = Duration.ofMinutes(3);

    private static String ingestUrl;
    private static String queryUrl;

    @BeforeAll
    static void startThePackagedServices() {
        // Once per JVM, shared with the other ITs; stopped when the JVM exits.
        RunningPipeline pipeline = RunningPipeline.get();
        ingestUrl = pipeline.ingestUrl;
        queryUrl = pipeline.queryUrl;
    }

    @Test
    void seedsPostedAsFilesComeBackEnrichedWithEntitiesAndAttributedQuotes() {
        Instant sejongPosted = Instant.now();
        String sejongId = post(SEJONG_SEED);
        Instant maxwellPosted = Instant.now();
        String maxwellId = post(MAXWELL_SEED);

        JsonPath sejong = awaitEnriched(sejongId, sejongPosted);
        JsonPath maxwell = awaitEnriched(maxwellId, maxwellPosted);

        assertThat(sejong.getList("entities.canonicalName", String.class))
                .contains("Stockholm", "Kim Myong Gil");
        assertThat(maxwell.getList("entities.canonicalName", String.class)).contains("Stockholm", "David Maxwell");
        assertThat(maxwell.getString("quotes.find { it.text.contains('We have to keep pushing Kim') }.speaker.name"))
                .isEqualTo("David Maxwell");
        // Each quote is listed once, in the seed, or in its wire copy when another test stored one and the seed was
        // enriched again since (a re-enriched article hands its first occurrences to its earliest repeat).
        List<String> seedAndCopies = new ArrayList<>(maxwell.getList("copies.articleId", String.class));
        seedAndCopies.add(maxwellId);
        assertThat(given().get(queryUrl + "/quotes?speaker=David Maxwell&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.articleId", String.class))
                .isNotEmpty()
                .allMatch(seedAndCopies::contains);
    }

    @Test
    void anEnrichedArticleReprocessedIsEnrichedAgainByTheRealNlp() {
        String id = post(MAXWELL_SEED);
        JsonPath first = awaitEnriched(id, Instant.now());
        Instant firstEnriched = Instant.parse(first.getString("enrichedAt"));

        given().post(queryUrl + "/articles/" + id + "/reprocess").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("queued"))
                .body("statusBefore", org.hamcrest.Matchers.equalTo("enriched"));

        JsonPath again = Awaitility.await("article " + id + " enriched again").atMost(ENRICHED_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(queryUrl + "/articles/" + id).then().extract().jsonPath(),
                        article -> "enriched".equals(article.getString("status"))
                                && article.getString("enrichedAt") != null
                                && Instant.parse(article.getString("enrichedAt")).isAfter(firstEnriched));
        assertThat(again.getString("quotes.find { it.text.contains('We have to keep pushing Kim') }.speaker.name"))
                .isEqualTo("David Maxwell");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditedWireCopyOfASeedIsMarkedACopyAndMaxwellIsStillQuotedThreeTimes() throws IOException {
        String originalId = post(MAXWELL_SEED);
        awaitEnriched(originalId, Instant.now());
        String seed = Files.readString(MAXWELL_SEED);
        // As another outlet runs the wire story: its own headline and credit, a few words changed, the end cut.
        String edited = seed.replace("over the weekend", "on Saturday").replace("ADVERTISEMENT\n", "");
        String copy = "Talks collapse as Pyongyang walks out\nBy our wire service\n"
                + edited.substring(0, edited.indexOf("\nThe meeting, he said"));
        // No publication day: the seed, posted as a file (here or by another test), is dated by its arrival, and a
        // copy dated 2019 would be the earlier of the two and so the original.
        String copyId = given().contentType(ContentType.JSON).body(Map.of("text", copy))
                .post(ingestUrl + "/articles").then().statusCode(202).extract().jsonPath().getString("[0].id");

        JsonPath stored = awaitEnriched(copyId, Instant.now());

        assertThat(stored.getString("copyOf.articleId")).isEqualTo(originalId);
        assertThat(stored.getFloat("copySimilarity")).isGreaterThanOrEqualTo(0.8f);
        List<Map<String, Object>> maxwell = given().get(queryUrl + "/quotes?speaker=Maxwell&size=100").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(maxwell).hasSize(3);
        assertThat(maxwell).extracting(quote -> quote.get("articleId")).containsOnly(originalId);
        // Other tests may repeat these quotes too, and a list names only the first ten other articles: the copy's
        // own page says where each was first said, and the list counts it among the others.
        assertThat(maxwell).allSatisfy(quote ->
                assertThat(((Number) quote.get("alsoInTotal")).intValue()).isGreaterThanOrEqualTo(1));
        assertThat(stored.getList("quotes.findAll { it.speaker?.name == 'David Maxwell' }.repeatOf.articleId"))
                .hasSize(3).containsOnly(originalId);
        // The seed's "U.S." and "United States" are one entity.
        assertThat(unitedStates("U.S.")).isEqualTo(unitedStates("United States"));
    }

    @Test
    void octoberFiveInTheSejongSeedUnderADatelineIsTheFifthOfOctober2019() throws IOException {
        // The seed states no day of its own; under a dateline, as a wire service prints it, the day is known.
        String seed = Files.readString(SEJONG_SEED);
        int titleEnd = seed.indexOf('\n');
        String dated = seed.substring(0, titleEnd) + "\nSEOUL, October 7, 2019" + seed.substring(titleEnd);
        String id = given().contentType(ContentType.JSON).body(Map.of("text", dated))
                .post(ingestUrl + "/articles").then().statusCode(202).extract().jsonPath().getString("[0].id");

        JsonPath stored = awaitEnriched(id, Instant.now());

        assertThat(stored.getString("publishedAt")).startsWith("2019-10-07");
        assertThat(stored.getList("entities.findAll { it.text == 'October 5' }.value", String.class))
                .isNotEmpty().containsOnly("2019-10-05");
    }

    private long unitedStates(String q) {
        List<Map<String, Object>> found = given().queryParam("q", q).queryParam("size", 100)
                .get(queryUrl + "/entities").then().statusCode(200).extract().jsonPath().getList("items");
        return found.stream().filter(entity -> "United States".equals(entity.get("canonicalName")))
                .map(entity -> ((Number) entity.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no United States among " + found));
    }

    private static String post(Path seed) {
        JsonPath answer = given().multiPart("file", seed.toFile(), "text/plain")
                .post(ingestUrl + "/articles")
                .then().statusCode(202)
                .extract().jsonPath();
        assertThat(answer.getString("[0].fileName")).isEqualTo(seed.getFileName().toString());
        assertThat(answer.getString("[0].status")).isIn("accepted", "duplicate");
        assertThat(answer.getString("[0].location")).isEqualTo(queryUrl + "/articles/" + answer.getString("[0].id"));
        return answer.getString("[0].id");
    }

    private static JsonPath awaitEnriched(String id, Instant posted) {
        JsonPath article = Awaitility.await("article " + id + " enriched")
                .atMost(ENRICHED_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(queryUrl + "/articles/" + id).then().extract(),
                        response -> response.statusCode() == 200
                                && !"processing".equals(response.jsonPath().getString("status")))
                .jsonPath();
        assertThat(article.getString("status")).as("status of %s (error: %s)", id, article.getString("error"))
                .isEqualTo("enriched");
        System.out.printf("e2e: %s enriched %.1f s after its POST%n", id.substring(0, 12),
                Duration.between(posted, Instant.now()).toMillis() / 1000.0);
        return article;
    }
}
