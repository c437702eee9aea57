package io.quotewire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.ingest.support.Documents;
import io.quotewire.ingest.support.IngestedTopic;
import io.quotewire.ingest.support.Seeds;
import io.quotewire.teststack.EventSchemas;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Documents of every supported kind become one keyed, schema-valid record on articles.ingested. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ArticleIngestTests {

    /** Makes this run's texts new to the shared broker, whose topic outlives a test run. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static final String SEJONG_TITLE =
            "Failed Working-Level Nuclear Talks in Stockholm and Direction for Kim Jong Un’s U.S. Policy";

    @Test
    void sejongSeedAsFileIsPublishedWithItsHeadline() throws IOException {
        JsonPath answer = postFiles(Map.of(Seeds.SEJONG, Seeds.bytes(Seeds.SEJONG)), "Sejong Institute");
        String id = ArticleText.idOf(ArticleText.normalise(Seeds.text(Seeds.SEJONG)));
        assertThat(answer.getString("[0].id")).isEqualTo(id);
        assertThat(answer.getString("[0].fileName")).isEqualTo(Seeds.SEJONG);
        assertThat(answer.getString("[0].status")).isIn("accepted", "duplicate");
        assertThat(answer.getString("[0].location")).isEqualTo("http://localhost:8080/articles/" + id);
        assertThat(answer.getMap("[0]").keySet()).containsExactlyInAnyOrder("id", "fileName", "status", "location");

        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText()).isEqualTo(SEJONG_TITLE);
        assertThat(event.get("text").asText()).isEqualTo(ArticleText.normalise(Seeds.text(Seeds.SEJONG)));
        assertThat(event.get("sha256").asText()).isEqualTo(ArticleText.sha256Hex(Seeds.bytes(Seeds.SEJONG)));
        assertThat(event.get("source").asText()).isEqualTo("Sejong Institute");
        assertThat(event.get("contentType").asText()).isEqualTo("text/plain");
        assertThat(event.get("metadata").get("charset").asText()).isEqualTo("UTF-8");
    }

    @Test
    void aFileUploadedWithItsPublicationDayCarriesItAndABadDayIsRefused() {
        String text = "Dated upload " + RUN + ".\nThe talks were held on October 5.";
        JsonPath answer = given().multiPart("file", "dated.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("publishedAt", "2019-10-07")
                .when().post("/articles").then().statusCode(202).extract().jsonPath();

        assertThat(publishedEvent(answer.getString("[0].id")).get("publishedAt").asText())
                .isEqualTo("2019-10-07T00:00:00Z");
        given().multiPart("file", "dated.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("publishedAt", "7 October")
                .when().post("/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("publishedAt must be a day"));
    }

    @Test
    void maxwellSeedAsJsonIsPublishedWithItsOpeningAsTitle() {
        String text = Seeds.text(Seeds.MAXWELL);
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", "Washington Examiner", "url", "https://example.org/maxwell",
                        "publishedAt", "2019-10-07T12:00:00Z"))
                .when().post("/articles")
                .then().statusCode(202).body("$", hasSize(1)).extract().jsonPath();
        String id = ArticleText.idOf(ArticleText.normalise(text));
        assertThat(answer.getString("[0].id")).isEqualTo(id);

        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText())
                .isEqualTo("If President Donald Trump is thinking a deal with his friend Kim Jong Un might…");
        assertThat(event.get("text").asText()).isEqualTo(ArticleText.normalise(text));
        assertThat(event.get("url").asText()).isEqualTo("https://example.org/maxwell");
        assertThat(event.get("publishedAt").asText()).isEqualTo("2019-10-07T12:00:00Z");
        assertThat(event.get("fileName").isNull()).isTrue();
    }

    @Test
    void maxwellSeedAsFileAndSejongAsJsonGiveTheSameIdsAsTheOtherWayRound() {
        String maxwellId = postFiles(Map.of("maxwell.txt", Seeds.bytes(Seeds.MAXWELL)), null).getString("[0].id");
        String sejongId = given().contentType(ContentType.JSON).body(Map.of("text", Seeds.text(Seeds.SEJONG)))
                .when().post("/articles").then().statusCode(202).extract().jsonPath().getString("[0].id");
        assertThat(maxwellId).isEqualTo(ArticleText.idOf(Seeds.text(Seeds.MAXWELL)));
        assertThat(sejongId).isEqualTo(ArticleText.idOf(Seeds.text(Seeds.SEJONG)));
        assertThat(publishedEvent(sejongId).get("title").asText()).isEqualTo(SEJONG_TITLE);
    }

    @Test
    void jsonTitleWinsAndCarriageReturnsAreNormalised() {
        String id = postJson(Map.of("title", "Given title", "text", "Line one.\r\nLine two.\rLine three. (crlf test)"));
        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText()).isEqualTo("Given title");
        assertThat(event.get("text").asText()).isEqualTo("Line one.\nLine two.\nLine three. (crlf test)");
        assertThat(id).isEqualTo(ArticleText.idOf("Line one.\nLine two.\nLine three. (crlf test)"));
    }

    @Test
    void htmlKeepsItsTitleAndDropsScriptsAndNavigation() {
        String html = """
                <!DOCTYPE html><html><head><title>Talks collapse in Stockholm</title>
                <script>var tracking = "do not index me";</script><style>p { color: red; }</style></head>
                <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
                <p>“We walked away,” said Kim Myong Gil on Saturday (html test).</p>
                <aside>Related: Trump tweets about Kim</aside>
                <form><input name="q"> Search</form>
                <script>document.write("injected");</script><footer>© 2019 Example News</footer></body></html>""";
        String id = postFiles(Map.of("talks.html", html.getBytes(StandardCharsets.UTF_8)), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText()).isEqualTo("Talks collapse in Stockholm");
        // The page has no <h1>: its <title> is the headline, the first paragraph of the story.
        assertThat(event.get("text").asText())
                .isEqualTo("Talks collapse in Stockholm\n“We walked away,” said Kim Myong Gil on Saturday (html test).");
        assertThat(event.get("contentType").asText()).isEqualTo("text/html");
    }

    @Test
    void docxTextAndTitleAreExtracted() {
        byte[] docx = Documents.docx("Maxwell on Kim", "“We have to keep pushing Kim,” said David Maxwell.",
                "The talks in Stockholm broke down (docx test).");
        String id = postFiles(Map.of("maxwell.docx", docx), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText()).isEqualTo("Maxwell on Kim");
        assertThat(event.get("text").asText()).isEqualTo(
                "“We have to keep pushing Kim,” said David Maxwell.\nThe talks in Stockholm broke down (docx test).");
        assertThat(event.get("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void pdfTextAndTitleAreExtracted() {
        byte[] pdf = Documents.pdf("Stockholm talks", "Kim Myong Gil said the talks broke down.", "PDF test line two.");
        String id = postFiles(Map.of("talks.pdf", pdf), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").asText()).isEqualTo("Stockholm talks");
        // Two lines one leading apart are one paragraph to PDFBox, and its lines are joined.
        assertThat(event.get("text").asText()).isEqualTo("Kim Myong Gil said the talks broke down. PDF test line two.");
        assertThat(event.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(event.get("metadata").get("pages").asText()).isEqualTo("1");
    }

    @Test
    void markdownUtf16AndWindows1252FilesDecodeToTheSameCharacters() {
        String text = "Kim’s envoy: “café talks” cost 10 € (charset test).\nSecond line.";
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] cp1252 = (text + " cp1252").getBytes(Charset.forName("windows-1252"));
        byte[] markdown = ("# Heading of the md test\n" + text).getBytes(StandardCharsets.UTF_8);
        JsonPath answer = postFiles(Map.of("utf16.txt", utf16, "cp1252.txt", cp1252, "notes.md", markdown), null);
        assertThat(answer.getList("status", String.class)).isSubsetOf("accepted", "duplicate");

        assertThat(publishedEvent(ArticleText.idOf(text)).get("metadata").get("charset").asText()).isEqualTo("UTF-16LE");
        assertThat(publishedEvent(ArticleText.idOf(text + " cp1252")).get("metadata").get("charset").asText())
                .isEqualTo("windows-1252");
        // Markdown is read for its structure: the heading is a paragraph of its own, without its "#".
        JsonNode md = publishedEvent(ArticleText.idOf("Heading of the md test\n" + text));
        assertThat(md.get("title").asText()).isEqualTo("Heading of the md test");
        assertThat(md.get("contentType").asText()).isEqualTo("text/markdown");
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252AndItsUtf8PartRepaired() {
        byte[] bytes = concat("Kim’s envoy said: caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, ' ', (byte) 0xFF, '.'});
        String id = postFiles(Map.of("mixed.txt", bytes), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("metadata").get("charset").asText()).isEqualTo("windows-1252");
        // "Kim’s" was UTF-8 among windows-1252 bytes: read as windows-1252 it is "Kimâ€™s", which is repaired.
        assertThat(event.get("text").asText()).startsWith("Kim’s envoy said: café ÿ.");
    }

    @Test
    void aNulInAMailsSenderOrSubjectIsDroppedBeforeItIsPublished() {
        // query-service stores the author: a NUL published here would make an accepted article fail there.
        String mail = "From: Anna\u0000Lindqvist <anna@example.org>\r\nSubject: Talks\u0000 broke down\r\n"
                + "Date: Sat, 5 Oct 2019 21:04:00 +0200\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + "\u201cWe walked away,\u201d said Kim Myong Gil (mail test).\r\n";
        String id = postFiles(Map.of("nul.eml", mail.getBytes(StandardCharsets.UTF_8)), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("contentType").asText()).isEqualTo("message/rfc822");
        assertThat(event.get("title").asText()).isEqualTo("Talks broke down");
        assertThat(event.get("metadata").get("author").asText()).isEqualTo("AnnaLindqvist <anna@example.org>");
    }

    @Test
    void aLongSingleLineWithoutSentenceEndIsAcceptedWithACutTitle() {
        String line = "word ".repeat(3900).strip();
        String id = postFiles(Map.of("one-line.txt", line.getBytes(StandardCharsets.UTF_8)), null).getString("[0].id");
        JsonNode event = publishedEvent(id);
        assertThat(event.get("text").asText()).hasSize(line.length());
        assertThat(event.get("title").asText()).isEqualTo("word ".repeat(16).strip() + "…");
    }

    @Test
    void sameContentTwiceInOneRequestIsPublishedOnce() {
        byte[] bytes = "Twice in one request.\nKim said so (duplicate test).".getBytes(StandardCharsets.UTF_8);
        byte[] crlfVariant = "Twice in one request.\r\nKim said so (duplicate test).".getBytes(StandardCharsets.UTF_8);
        JsonPath answer = given()
                .multiPart("file", "first.txt", bytes, "text/plain")
                .multiPart("file", "second.txt", crlfVariant, "text/plain")
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath();
        assertThat(answer.getList("status", String.class)).containsExactly("accepted", "duplicate");
        assertThat(answer.getString("[0].id")).isEqualTo(answer.getString("[1].id"));
        assertThat(IngestedTopic.recordsKeyed(answer.getString("[0].id"))).hasSize(1);
    }

    @Test
    void anArticleAnotherIngestAcceptedIsADuplicateAndNotPublishedAgainWithNoQueryServiceRunning() {
        // No query-service exists in these tests: the answer comes from articles.ids alone.
        String text = "Accepted by another ingest replica (known id test " + RUN + ").";
        String id = ArticleText.idOf(text);
        int knownBefore = knownIds();
        IngestedTopic.publishKnownId(id);
        Awaitility.await("the id read from articles.ids").atMost(Duration.ofSeconds(30))
                .until(() -> knownIds() > knownBefore);
        long before = IngestedTopic.size();
        JsonPath answer = postFiles(Map.of("known.txt", text.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(answer.getString("[0].status")).isEqualTo("duplicate");
        assertThat(answer.getString("[0].id")).isEqualTo(id);
        assertThat(IngestedTopic.size()).isEqualTo(before);
        assertThat(IngestedTopic.recordsKeyed(id)).isEmpty();
    }

    @Test
    void articleSentAgainAfterItWasPublishedIsADuplicateAndItsIdIsOnTheIdsTopicOnce() {
        String text = "Sent twice across requests (recent duplicate test " + RUN + ").";
        String id = postJson(Map.of("text", text));
        JsonPath again = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath();
        assertThat(again.getString("[0].id")).isEqualTo(id);
        assertThat(again.getString("[0].status")).isEqualTo("duplicate");
        assertThat(IngestedTopic.recordsKeyed(id)).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> IngestedTopic.recordsKeyed(Topics.ARTICLE_IDS, id).size() == 1);
    }

    @Test
    void manyFilesInOneRequestAreAnsweredInOrderAndEachPublishedExactlyOnce() {
        var request = given();
        List<String> names = new ArrayList<>();
        List<String> expectedStatuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String name = "batch-" + i + ".txt";
            String text = "Batch item " + i + " (many files test " + RUN + ").\n“We will decide next week,” Kim said.";
            if (i == 5) {
                text = "Batch item 2 (many files test " + RUN + ").\n“We will decide next week,” Kim said.";
            }
            byte[] bytes = i == 9 ? new byte[] {' ', '\n'} : text.getBytes(StandardCharsets.UTF_8);
            request.multiPart("file", name, bytes, "text/plain");
            names.add(name);
            expectedStatuses.add(i == 5 ? "duplicate" : i == 9 ? "rejected" : "accepted");
            ids.add(i == 9 ? null : ArticleText.idOf(ArticleText.normalise(text)));
        }
        JsonPath answer = request.when().post("/articles")
                .then().statusCode(202).body("$", hasSize(16)).extract().jsonPath();

        assertThat(answer.getList("fileName", String.class)).containsExactlyElementsOf(names);
        assertThat(answer.getList("status", String.class)).containsExactlyElementsOf(expectedStatuses);
        assertThat(answer.getList("id", String.class)).containsExactlyElementsOf(ids);
        assertThat(answer.getString("[9].problem.type")).isEqualTo("https://quotewire.io/problems/empty-document");
        for (String id : new LinkedHashSet<>(ids)) {
            if (id != null) {
                assertThat(IngestedTopic.recordsKeyed(id)).as(id).hasSize(1);
            }
        }
    }

    @Test
    void longFilesArePublishedInSeveralWavesStillAnsweredInOrderAndOncePerText() {
        // 12 texts of ~9,000 characters against the test limit of 20,000: waves of 40,000 characters, so 3 waves,
        // and the last file repeats the first, which an earlier wave published.
        var request = given();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int text = i == 11 ? 0 : i;
            String body = ("Long file " + text + " (waves test " + RUN + "). " + "Kim said the talks went on. ".repeat(320))
                    .strip();
            request.multiPart("file", "long-" + i + ".txt", body.getBytes(StandardCharsets.UTF_8), "text/plain");
            ids.add(ArticleText.idOf(body));
        }
        JsonPath answer = request.when().post("/articles").then().statusCode(202).extract().jsonPath();

        assertThat(answer.getList("id", String.class)).containsExactlyElementsOf(ids);
        List<String> expected = new ArrayList<>(java.util.Collections.nCopies(11, "accepted"));
        expected.add("duplicate");
        assertThat(answer.getList("status", String.class)).containsExactlyElementsOf(expected);
        for (String id : ids.subList(0, 11)) {
            assertThat(IngestedTopic.recordsKeyed(id)).hasSize(1);
        }
    }

    @Test
    void filesOfAnEarlierRequestAreDuplicatesInTheNextOneAndOnlyTheNewFileIsPublished() {
        String first = "Earlier request, first file (" + RUN + ").";
        String second = "Earlier request, second file (" + RUN + ").";
        String fresh = "Later request, new file (" + RUN + ").";
        given().multiPart("file", "a.txt", first.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "b.txt", second.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/articles").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.contains("accepted", "accepted"));

        JsonPath again = given()
                .multiPart("file", "b-again.txt", second.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "new.txt", fresh.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "a-again.txt", first.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/articles").then().statusCode(202).extract().jsonPath();

        assertThat(again.getList("status", String.class)).containsExactly("duplicate", "accepted", "duplicate");
        assertThat(again.getList("id", String.class))
                .containsExactly(ArticleText.idOf(second), ArticleText.idOf(fresh), ArticleText.idOf(first));
        for (String text : List.of(first, second, fresh)) {
            assertThat(IngestedTopic.recordsKeyed(ArticleText.idOf(text))).hasSize(1);
        }
    }

    private static JsonPath postFiles(Map<String, byte[]> files, String source) {
        var request = given();
        files.forEach((name, bytes) -> request.multiPart("file", name, bytes, "application/octet-stream"));
        if (source != null) {
            request.multiPart("source", source);
        }
        return request.when().post("/articles")
                .then().statusCode(202).contentType(ContentType.JSON).body("$", hasSize(files.size()))
                .extract().jsonPath();
    }

    /** How many article ids ingest knows, as its readiness check tells. */
    private static int knownIds() {
        return given().get("/q/health/ready").then().extract().jsonPath()
                .getInt("checks.find { it.name == 'known-article-ids' }.data.ids");
    }

    private static String postJson(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath().getString("[0].id");
    }

    /** The single record keyed {@code id}, checked against the JSON Schema and its own id. */
    static JsonNode publishedEvent(String id) {
        ConsumerRecord<String, String> record = IngestedTopic.recordsKeyed(id).stream().reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no record keyed " + id + " on " + Topics.ARTICLES_INGESTED));
        assertThat(EventSchemas.violations(Topics.ARTICLES_INGESTED, record.value())).isEmpty();
        try {
            JsonNode event = EventSchemas.MAPPER.readTree(record.value());
            assertThat(event.get("id").asText()).isEqualTo(id);
            assertThat(ArticleText.idOf(event.get("text").asText())).isEqualTo(id);
            return event;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
