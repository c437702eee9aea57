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
import io.quotewire.ingest.support.QueryServiceStub;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input that cannot become an article gets a 4xx problem JSON a person understands, and publishes nothing. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QueryServiceStub.class, restrictToAnnotatedClass = false)
class BadInputTests {

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
                .body("detail", containsString("not a valid JSON article"))
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
                .body("detail", equalTo("text is required and must not be blank"));
    }

    @Test
    void jsonWithBlankTextIs400() {
        given().contentType(ContentType.JSON).body("{\"text\": \"  \\n \"}")
                .when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-article"));
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
        assertThat(ArticleIngestTests.publishedEvent(ArticleText.idOf(text)).get("fileName").asText())
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
