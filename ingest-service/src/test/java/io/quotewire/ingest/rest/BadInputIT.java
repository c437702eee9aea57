package io.quotewire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.support.Documents;
import io.quotewire.ingest.support.IngestedTopic;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input that cannot become an article gets a 4xx problem JSON a person understands, and publishes nothing. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class BadInputIT {

    private static final String PROBLEMS = "https://quotewire.io/problems/";

    private long recordsBefore;

    @BeforeEach
    void countRecords() {
        recordsBefore = IngestedTopic.size();
    }

    @AfterEach
    void nothingWasPublished() {
        assertThat(IngestedTopic.size()).as("records published by a rejected request").isEqualTo(recordsBefore);
    }

    @Test
    void emptyFileIs422() {
        problemFor("empty.txt", new byte[0], 422, "empty-document").body("detail", containsString("empty.txt is empty"));
    }

    @Test
    void whitespaceOnlyFileIs422() {
        problemFor("blank.txt", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8), 422, "empty-document")
                .body("detail", containsString("no text"));
    }

    @Test
    void pngIs415() {
        problemFor("photo.png", Documents.png(), 415, "unsupported-media-type")
                .body("detail", containsString("image/png"));
    }

    @Test
    void zipIs415() {
        problemFor("articles.zip", Documents.zip(), 415, "unsupported-media-type")
                .body("detail", containsString("application/zip"));
    }

    @Test
    void executableIs415EvenWhenNamedLikeText() {
        problemFor("readme.txt", Documents.elfExecutable(), 415, "unsupported-media-type");
    }

    @Test
    void fileOverTheUploadLimitIs413() {
        byte[] big = new byte[64 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problemFor("big.txt", big, 413, "file-too-large").body("detail", containsString("65537 bytes"));
    }

    @Test
    void textOverTheTextLimitIs413() {
        String longText = "Kim said no. ".repeat(2000);
        problemFor("long.txt", longText.getBytes(StandardCharsets.UTF_8), 413, "text-too-long")
                .body("detail", containsString("20000 characters"));
        given().contentType(ContentType.JSON).body("{\"text\":\"" + longText + "\"}")
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "text-too-long"));
    }

    @Test
    void htmlWhoseTextIsOverTheLimitIs413() {
        String html = "<html><body><p>" + "Kim said no. ".repeat(2000) + "</p></body></html>";
        problemFor("long.html", html.getBytes(StandardCharsets.UTF_8), 413, "text-too-long");
    }

    @Test
    void encryptedPdfIs422() {
        problemFor("secret.pdf", Documents.encryptedPdf("user-secret", "Classified talks."), 422, "unreadable-document")
                .body("detail", containsString("encrypted"));
    }

    @Test
    void brokenPdfIs422() {
        byte[] pdf = Documents.pdf("Broken", "This PDF is cut in half.");
        problemFor("broken.pdf", Arrays.copyOf(pdf, pdf.length / 2), 422, "unreadable-document")
                .body("detail", containsString("damaged"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"))
                .body(not(containsString("at io.")));
    }

    @Test
    void jsonWithWronglyTypedDateIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Kim said no.\", \"publishedAt\": \"last Tuesday\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-json"))
                .body("detail", containsString("'publishedAt'"));
    }

    @Test
    void jsonWithoutTextIs400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"No text here\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-article"))
                .body("title", equalTo("The article is incomplete"))
                .body("detail", containsString("text is required"));
    }

    @Test
    void jsonWithBlankTextIs422LikeAnEmptyFile() {
        given().contentType(ContentType.JSON).body("{\"text\": \"  \\n \"}")
                .when().post("/articles")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "empty-document"));
    }

    @Test
    void textOfOnlyRulesIs422AsJsonAndAsFileSinceTheCleanTextHasNoWords() {
        String rules = "-----\n* * *\n=====\n";
        given().contentType(ContentType.JSON).body(Map.of("text", rules))
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "empty-document"))
                .body("detail", containsString("only rules"));
        problemFor("rules.txt", rules.getBytes(StandardCharsets.UTF_8), 422, "empty-document");
    }

    @Test
    void textOfOnlyInvisibleCharactersIs422AsJsonAndAsFile() {
        String invisible = "\u00A0\u200B \u2060\u00A0\n\uFEFF\u3000";
        given().contentType(ContentType.JSON).body(Map.of("text", invisible))
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "empty-document"))
                .body("detail", containsString("no visible text"));
        problemFor("invisible.txt", invisible.getBytes(StandardCharsets.UTF_8), 422, "empty-document");
    }

    @Test
    void nulInTheTextOrTitleIs422NamingWhereItIs() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a \\u0000 b. “Yes,” said Ann Lee.\"}")
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-characters"))
                .body("detail", containsString("text holds the NUL character (U+0000) at character 3"));
        given().contentType(ContentType.JSON).body("{\"title\":\"T\\u0000\",\"text\":\"“Yes,” said Ann Lee.\"}")
                .when().post("/articles")
                .then().statusCode(422).body("detail", containsString("title holds the NUL character"));
        given().contentType(ContentType.JSON).body("{\"text\":\"half a pair \\ud800 here.\"}")
                .when().post("/articles")
                .then().statusCode(422).body("detail", containsString("lone surrogate (U+D800)"));
    }

    @Test
    void numbersAndBooleansAreNotCoercedIntoText() {
        for (String body : List.of("{\"text\":5}", "{\"text\":true}", "{\"text\":\"Kim said no.\",\"title\":1.5}")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/articles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "invalid-json"))
                    .body("detail", containsString("must be a string"));
        }
    }

    @Test
    void trailingGarbageAndDuplicateFieldsAre400() {
        given().contentType(ContentType.JSON).body("{\"text\":\"Kim said no.\"} {\"text\":\"again\"}")
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-json"))
                .body("detail", containsString("something follows the JSON value"));
        given().contentType(ContentType.JSON).body("{\"text\":\"Kim said no.\"} garbage")
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-json"));
        given().contentType(ContentType.JSON).body("{\"text\":\"Kim said no.\",\"text\":\"Kim said yes.\"}")
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-json"))
                .body("detail", containsString("the field 'text' appears more than once"));
    }

    @Test
    void titleSourceAndUrlOverTheirCapsAre400() {
        String text = "Kim said no (caps test).";
        for (Map.Entry<String, Integer> cap : Map.of("title", 1000, "source", 300, "url", 2048).entrySet()) {
            given().contentType(ContentType.JSON).body(Map.of("text", text, cap.getKey(), "x".repeat(cap.getValue() + 1)))
                    .when().post("/articles")
                    .then().statusCode(400).body("type", equalTo(PROBLEMS + "field-too-long"))
                    .body("detail", equalTo(cap.getKey() + " has " + (cap.getValue() + 1) + " characters; at most "
                            + cap.getValue() + " are accepted."));
        }
        given().multiPart("file", "a.txt", text.getBytes(StandardCharsets.UTF_8)).multiPart("source", "s".repeat(301))
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "field-too-long"));
    }

    @Test
    void multipartContentTypeWithAnEmptyOrAJsonBodyIs400() {
        for (String body : List.of("", "{\"text\":\"Kim said no.\"}")) {
            given().contentType("multipart/form-data; boundary=xyz").body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
        given().contentType("multipart/form-data").body("--x\r\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnparseableContentTypeIs4xxProblem() {
        int status = given().header("Content-Type", "%%%/;;;").body("anything".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().contentType("application/problem+json").extract().statusCode();
        assertThat(status).isIn(400, 415);
    }

    @Test
    void aFileNameHoldingCarriageReturnOrLineFeedIsNeverA500() throws Exception {
        for (String name : List.of("evil\rname.txt", "evil\nname.txt")) {
            String boundary = "b0undary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\nThe file name has a line break (crlf name test " + name.length()
                    + name.charAt(4) + ").\r\n--" + boundary + "--\r\n";
            var answer = given().contentType("multipart/form-data; boundary=" + boundary)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles")
                    .then().extract();
            assertThat(answer.statusCode()).as(answer.asString()).isIn(202, 400);
            if (answer.statusCode() == 202) {
                assertThat(answer.jsonPath().getString("[0].fileName")).doesNotContain("\r", "\n");
                recordsBefore++;
            } else {
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void anAddressOverTheLimitIs414Problem() {
        given().when().get("/articles?q=" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "uri-too-long"))
                .body("detail", containsString("the limit is 8192"));
    }

    @Test
    void aNulInTheAddressIs400Problem() {
        given().urlEncodingEnabled(false).when().get("/articles?type=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-parameter"));
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        // The test profile's limit is 2 MiB (quarkus.http.limits.max-body-size).
        byte[] big = ("{\"text\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(big)
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "body-too-large"));
    }

    @Test
    void emptyJsonBodyIs400() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unsupportedRequestContentTypeIs415() {
        given().contentType(ContentType.XML).body("<article/>")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void multipartWithoutFilePartIs400() {
        given().multiPart("source", "nowhere")
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "no-files"));
    }

    @Test
    void tooManyFilesIs413() {
        var request = given();
        for (int i = 0; i < 21; i++) {
            request.multiPart("file", "f" + i + ".txt", ("File number " + i).getBytes(StandardCharsets.UTF_8));
        }
        request.when().post("/articles")
                .then().statusCode(413).body("type", equalTo(PROBLEMS + "too-many-files"))
                .body("detail", containsString("at most 20"));
    }

    @Test
    void severalRejectedFilesAnswerOneProblemListingEach() {
        JsonPath problem = given()
                .multiPart("file", "empty.txt", new byte[0])
                .multiPart("file", "photo.png", Documents.png())
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "none-accepted"))
                .extract().jsonPath();
        assertThat(problem.getList("files.status", String.class)).containsExactly("rejected", "rejected");
        assertThat(problem.getList("files.problem.status", Integer.class)).containsExactly(422, 415);
    }

    @Test
    void pathTraversalFileNameIsSanitised() {
        String text = "A file with a hostile name (traversal test).";
        JsonPath answer = given()
                .multiPart("file", "../../../etc/\u0007passwd.txt", text.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath();
        assertThat(answer.getString("[0].fileName")).isEqualTo("passwd.txt");
        assertThat(ArticleIngestIT.publishedEvent(ArticleText.idOf(text)).get("fileName").asText())
                .isEqualTo("passwd.txt");
        recordsBefore++; // this request is accepted: one record is expected
    }

    @Test
    void mixedRequestAcceptsTheGoodFileAndRejectsTheBadOnes() {
        String text = "The good file among bad ones (mixed test).";
        JsonPath answer = given()
                .multiPart("file", "good.txt", text.getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "empty.txt", new byte[0])
                .multiPart("file", "archive.zip", Documents.zip())
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath();
        assertThat(answer.getList("status", String.class)).containsExactly("accepted", "rejected", "rejected");
        assertThat(answer.getString("[0].id")).isEqualTo(ArticleText.idOf(text));
        assertThat(answer.getString("[1].problem.type")).isEqualTo(PROBLEMS + "empty-document");
        assertThat(answer.getInt("[2].problem.status")).isEqualTo(415);
        assertThat(answer.getString("[1].id")).isNull();
        assertThat(IngestedTopic.recordsKeyed(ArticleText.idOf(text))).hasSize(1);
        recordsBefore++;
    }

    private static ValidatableResponse problemFor(String fileName, byte[] bytes, int status, String type) {
        return given().multiPart("file", fileName, bytes, "application/octet-stream")
                .when().post("/articles")
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")));
    }
}
