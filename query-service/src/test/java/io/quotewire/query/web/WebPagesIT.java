package io.quotewire.query.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages served from the real database, fed through the real broker like the pipeline feeds them. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class WebPagesIT {

    private static final String MAXWELL_QUOTE = "We have to keep pushing Kim to really conduct negotiations";

    @Test
    void articleListShowsArticlesWithStatusAndFiltersByEntityAndSpeaker() {
        NewsPair pair = PublishedPair.get();

        String all = html("/?q=" + pair.nonce);
        assertThat(all).contains(escapedTitle(pair.maxwell.title()), escapedTitle(pair.sejong.title()))
                .contains("Articles 1–2 of 2")
                .contains("<span class=\"badge status-enriched\">enriched</span>")
                .contains("href=\"/ui/articles/" + pair.sejong.id() + "\"")
                .contains("value=\"" + pair.nonce + "\"");

        String byEntity = html("/?entity=Yongbyon&q=" + pair.nonce);
        assertThat(byEntity).contains(pair.sejong.title()).doesNotContain(pair.maxwell.title());

        String bySpeaker = html("/?speaker=Kim%20Myong%20Gil&q=" + pair.nonce);
        assertThat(bySpeaker).contains(pair.sejong.title()).doesNotContain(pair.maxwell.title());
    }

    @Test
    void failedArticleShowsItsBadgeAndReasonInTheListAndOnItsPage() {
        NewsPair pair = NewsPair.create();
        String reason = "Enrichment exceeded its time budget of 30 s";
        EventPublisher.publishWithHeader(Topics.ARTICLES_INGESTED_DLQ, pair.maxwell.id(), pair.maxwell,
                Topics.DEAD_LETTER_REASON_HEADER, reason);
        PublishedPair.awaitStatus(pair.maxwell.id(), "failed");

        assertThat(html("/?status=failed&q=" + pair.nonce))
                .contains(pair.maxwell.title())
                .contains("<span class=\"badge status-failed\">failed</span>")
                .contains("<p class=\"failure-reason\">Failed: " + reason + "</p>")
                .contains("<option value=\"failed\" selected>failed</option>");
        assertThat(html("/ui/articles/" + pair.maxwell.id()))
                .contains("<p class=\"failure-reason\">Failed: " + reason + "</p>")
                .contains("Quotes appear once the article is enriched.");
    }

    @Test
    void articleStillProcessingRefreshesItselfUntilEnriched() {
        NewsPair pair = NewsPair.create();
        EventPublisher.publish(Topics.ARTICLES_INGESTED, pair.sejong.id(), pair.sejong);
        PublishedPair.awaitStatus(pair.sejong.id(), "processing");

        assertThat(html("/ui/articles/" + pair.sejong.id()))
                .contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("<span class=\"badge status-processing\" id=\"article-status\">processing</span>")
                .contains("Quotes appear once the article is enriched.");

        EventPublisher.publish(Topics.ARTICLES_ENRICHED, pair.sejong.id(), pair.sejongEnriched);
        PublishedPair.awaitStatus(pair.sejong.id(), "enriched");
        assertThat(html("/ui/articles/" + pair.sejong.id())).doesNotContain("http-equiv")
                .contains("<span class=\"badge status-enriched\" id=\"article-status\">enriched</span>");
    }

    @Test
    void articlePageHighlightsTheQuoteLinkedToItsSpeakerAndListsWhoIsQuoted() {
        NewsPair pair = PublishedPair.get();
        JsonPath api = given().get("/articles/{id}", pair.maxwell.id()).then().extract().jsonPath();
        long maxwellId = api.getLong("quotes[0].speaker.entityId");
        long quoteId = api.getLong("quotes[0].id");

        String page = html("/ui/articles/" + pair.maxwell.id());

        Matcher quote = Pattern.compile("<a class=\"quote quote-direct\" data-quote-id=\"" + quoteId
                + "\" href=\"/ui/entities/" + maxwellId + "\" id=\"quote-" + quoteId + "\" title=\"([^\"]*)\">(.*?)</a>")
                .matcher(page);
        assertThat(quote.find()).as("the quote is a link to its speaker's page").isTrue();
        assertThat(quote.group(1)).isEqualTo("Said by David Maxwell, " + NewsPair.MAXWELL_DESCRIPTION);
        assertThat(quote.group(2).replaceAll("<[^>]+>", "")).isEqualTo(MAXWELL_QUOTE);
        assertThat(quote.group(2)).contains("<span class=\"mention type-person\" title=\"PERSON: Kim Jong Un\">Kim</span>");
        assertThat(page)
                .contains("<span class=\"speaker-mention\" title=\"Speaker of a quote: David Maxwell\">"
                        + "<span class=\"mention type-person\" title=\"PERSON\">David Maxwell</span></span>")
                .contains("<span class=\"mention type-organization\" title=\"ORGANIZATION\">"
                        + "Foundation for Defense of Democracies</span>")
                .contains("<span class=\"mention type-location\" title=\"LOCATION\">Stockholm</span>")
                .contains("<h2>Who is quoted here</h2>")
                .contains("<a class=\"speaker-name\" href=\"/ui/entities/" + maxwellId + "\">David Maxwell</a>")
                .contains("<span class=\"count-pill\" title=\"quotes in this article\">1</span>")
                .contains("<span class=\"role\">" + NewsPair.MAXWELL_DESCRIPTION + "</span>")
                .contains("<a href=\"#quote-" + quoteId + "\">“" + MAXWELL_QUOTE + "”</a> — David Maxwell");
    }

    @Test
    void listCardAndArticlePageShowWhoWroteItWhereAndWhen() {
        String nonce = NewsPair.create().nonce;
        Instant published = Instant.parse("2019-10-06T05:05:00Z");
        CustomArticle article = new CustomArticle("1 of 4. " + nonce, "Kim walked away, said " + nonce + ".")
                .byline("Anna Lindqvist", "The Northfield Ledger", published, "https://ledger.example/news/" + nonce);
        CustomArticle hostile = new CustomArticle("2 of 4. " + nonce, "Kim stayed, said " + nonce + ".")
                .byline("Mallory", "Evil Site", published, "javascript:alert(1)");
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), article.enriched(Instant.now()));
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, hostile.id(), hostile.enriched(Instant.now()));
        PublishedPair.awaitStatus(article.id(), "enriched");
        PublishedPair.awaitStatus(hostile.id(), "enriched");

        String byline = "Anna Lindqvist · The Northfield Ledger · published " + PageText.instant(published);
        assertThat(html("/?q=" + nonce)).contains("<p class=\"byline\">" + byline + "</p>")
                .contains("<p class=\"byline\">Mallory · Evil Site · published " + PageText.instant(published) + "</p>");
        assertThat(html("/ui/articles/" + article.id())).contains("<p class=\"byline\">" + byline
                + " · <a class=\"original\" href=\"https://ledger.example/news/" + nonce
                + "\" rel=\"noopener nofollow\">original</a></p>");
        assertThat(html("/ui/articles/" + hostile.id())).contains("Mallory · Evil Site").doesNotContain("javascript:");
        given().get("/articles/{id}", article.id()).then().statusCode(200)
                .body("author", equalTo("Anna Lindqvist"))
                .body("siteName", equalTo("The Northfield Ledger"))
                .body("publishedAt", equalTo("2019-10-06T05:05:00Z"));
    }

    @Test
    void speakerPageShowsEveryQuoteAcrossArticlesAndTheArticles() {
        NewsPair pair = PublishedPair.get();
        long maxwellId = given().get("/articles/{id}", pair.maxwell.id()).then().extract().jsonPath()
                .getLong("quotes[0].speaker.entityId");

        String page = html("/ui/entities/" + maxwellId);

        assertThat(page).contains("<h1>David Maxwell <span class=\"badge mention type-person\">PERSON</span></h1>")
                .contains("<p class=\"role\">" + NewsPair.MAXWELL_DESCRIPTION + "</p>")
                .contains("“" + MAXWELL_QUOTE + "”")
                .contains("“Pyongyang will not give up Yongbyon for nothing”")
                .contains("<a href=\"/ui/articles/" + pair.maxwell.id() + "\">" + pair.maxwell.title() + "</a>")
                .contains("<a href=\"/ui/articles/" + pair.sejong.id() + "\">" + pair.sejong.title() + "</a>");

        String byName = html("/ui/speakers?name=Kim%20Myong%20Gil");
        assertThat(byName).contains("<h1>Kim Myong Gil</h1>")
                .contains("DPRK’s Ambassador and the chief negotiator")
                .contains("<a href=\"/ui/articles/" + pair.sejong.id() + "\">" + pair.sejong.title() + "</a>");
    }

    @Test
    void entityPageShowsQuotesAboutIt() {
        NewsPair pair = PublishedPair.get();
        long kimId = given().get("/articles/{id}", pair.maxwell.id()).then().extract().jsonPath()
                .getLong("entities.find { it.text == 'Kim' }.entityId");

        assertThat(html("/ui/entities/" + kimId))
                .contains("<h1>Kim Jong Un <span class=\"badge mention type-person\">PERSON</span></h1>")
                .contains("<h2>Quotes about Kim Jong Un</h2>")
                .contains("“" + MAXWELL_QUOTE + "”")
                // The same definition as GET /quotes?about=: "Kim" in Maxwell's quote, Kim Jong Un before Kim Myong Gil's.
                .contains("<span class=\"about-match match-quote\">named in the quote</span>")
                .contains("<span class=\"about-match match-context\">named in the passage it answers</span>");
    }

    @Test
    void searchFindsArticlesAndQuotesWithMarkedWords() {
        NewsPair pair = PublishedPair.get();

        String page = html("/ui/search?q=Yongbyon%20" + pair.nonce);

        assertThat(page).contains("for “Yongbyon " + pair.nonce + "”")
                .contains("<a class=\"hit-title\" href=\"/ui/articles/" + pair.sejong.id() + "\">"
                        + pair.sejong.title() + "</a>")
                .contains("<mark>Yongbyon</mark>")
                .doesNotContain(pair.maxwell.title());
        assertThat(html("/ui/search?q=Pyongyang%20nothing"))
                .contains("Quote by David Maxwell")
                .contains("href=\"/ui/articles/" + pair.sejong.id() + "#quote-");
        assertThat(html("/ui/search?q=Kim%20Myong%20Gil"))
                .contains("<h2>Quoted about “Kim Myong Gil”</h2>")
                .contains("href=\"/quotes?about=Kim%20Myong%20Gil\"")
                .contains("<span class=\"about-match match-context\">named in the passage it answers</span>");
        assertThat(html("/ui/search")).contains("Search the text of every article and every quote.");
    }

    @Test
    void scriptFromAnArticleIsRenderedInertOnEveryPage() {
        HostileArticle hostile = new HostileArticle();
        EventPublisher.publish(Topics.ARTICLES_INGESTED, hostile.id(), hostile.ingested);
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, hostile.id(), hostile.enriched);
        PublishedPair.awaitStatus(hostile.id(), "enriched");
        long mallory = given().get("/articles/{id}", hostile.id()).then().extract().jsonPath()
                .getLong("quotes[0].speaker.entityId");

        String article = html("/ui/articles/" + hostile.id());
        String list = html("/?q=" + hostile.nonce);
        String entity = html("/ui/entities/" + mallory);
        String search = html("/ui/search?q=" + hostile.nonce);

        for (String page : new String[] {article, list, entity, search}) {
            assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .contains("&lt;script&gt;");
        }
        assertThat(article).contains("<title>Breaking &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; "
                + hostile.nonce + " · Quotewire</title>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                // The MISC mention overlaps the end of the quote's script: split into two well-formed pieces.
                .contains("&lt;script&gt;<span class=\"mention type-misc\"")
                .contains("title=\"Said by Evil Mallory, spokesperson &lt;img src=x onerror=alert(2)&gt;\"");
    }

    @Test
    void missingPagesAnswer404InHtmlWhileTheApiKeepsProblemJson() {
        given().get("/ui/articles/{id}", "f".repeat(64)).then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("No such article"))
                .body(containsString("There is no article with id " + "f".repeat(64) + "."));
        given().get("/ui/entities/not-a-number").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("entity ids are whole numbers"));
        given().get("/articles/{id}", "f".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
    }

    @Test
    void oddFilterValuesShowTheListInsteadOfAnError() {
        assertThat(html("/?q=%25%25&entity=---&status=bogus&page=-3")).contains("<h1>Articles</h1>");
    }

    @Test
    void everyPageSendsSecurityHeadersAndHasNoInlineScript() {
        NewsPair pair = PublishedPair.get();
        for (String page : java.util.List.of("/", "/ui/upload", "/ui/search?q=Yongbyon",
                "/ui/articles/" + pair.maxwell.id(), "/ui/speakers?name=Maxwell")) {
            var answer = given().get(page).then().statusCode(200).extract();
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as(page).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                    "frame-ancestors 'none'", "connect-src 'self' http://localhost:8081").doesNotContain("unsafe-");
            assertThat(answer.header("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(page).isEqualTo("same-origin");
            assertThat(answer.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            // Every script is a file: a <script> element without src would be inline, which the policy forbids.
            assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(answer.asString()).find()).as(page).isFalse();
            assertThat(answer.asString()).as(page).doesNotContainPattern(" on[a-z]+=\"");
        }
        given().get("/articles").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theUploadFormPostsStraightToIngestService() {
        assertThat(html("/ui/upload")).contains("action=\"http://localhost:8081/articles\"")
                .contains("<script src=\"/ui/upload.js\" defer></script>");
    }

    private static String html(String path) {
        return given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();
    }

    private static String escapedTitle(String title) {
        return Html.escape(title);
    }
}
