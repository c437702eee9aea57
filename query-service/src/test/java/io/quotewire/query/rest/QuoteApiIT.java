package io.quotewire.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.QuoteContextBackfill;
import io.quotewire.query.support.CustomArticle;
import io.quotewire.query.support.Database;
import io.quotewire.query.support.EventPublisher;
import io.quotewire.query.support.NewsPair;
import io.quotewire.query.support.OwnQuotes;
import io.quotewire.query.support.PublishedPair;
import io.quotewire.teststack.KafkaTestResource;
import io.quotewire.teststack.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /quotes by speaker, by subject and by words; other tests' articles share the database, so filter on ours. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class QuoteApiIT {

    private static final String MAXWELL_ON_KIM = "We have to keep pushing Kim to really conduct negotiations";
    private static final String MAXWELL_ON_YONGBYON = "Pyongyang will not give up Yongbyon for nothing";
    private static final String KIM_MYONG_GIL =
            "We don’t believe that the United States is substantively ready for negotiation with us.";

    @Inject
    QuoteContextBackfill backfill;

    private NewsPair pair;

    @BeforeEach
    void publish() {
        pair = PublishedPair.get();
    }

    @Test
    void speakerSurnameFindsTheFullNameWithArticleIdAndTitle() {
        List<Map<String, Object>> quotes = ours(quotes("speaker", "Maxwell"));
        assertThat(quotes).extracting(quote -> quote.get("text"))
                .containsExactlyInAnyOrder(MAXWELL_ON_KIM, MAXWELL_ON_YONGBYON);
        assertThat(quotes).allSatisfy(quote ->
                assertThat(((Map<?, ?>) quote.get("speaker")).get("name")).isEqualTo("David Maxwell"));
        Map<String, Object> onKim = quotes.stream()
                .filter(quote -> MAXWELL_ON_KIM.equals(quote.get("text"))).findFirst().orElseThrow();
        // Other tests store pairs with the same quotes: it is listed once, here or where it was first said, with
        // the other articles counted.
        assertThat(((Number) onKim.get("alsoInTotal")).intValue())
                .isGreaterThanOrEqualTo(((List<?>) onKim.get("alsoIn")).size());
        assertThat((String) onKim.get("articleTitle")).startsWith("Trump, Kim and the limits of talking");
        assertThat(onKim).containsEntry("kind", "direct");
        assertThat(((Map<?, ?>) onKim.get("speaker")).get("description")).isEqualTo(NewsPair.MAXWELL_DESCRIPTION);
        assertThat(quotes("speaker", "Maxwell")).allSatisfy(quote ->
                assertThat(((Map<?, ?>) quote.get("speaker")).get("name")).isEqualTo("David Maxwell"));
    }

    @Test
    void aboutMatchesTheQuoteWordsThenWhatItRefersToThenThePassageItAnswers() {
        // Maxwell names Yongbyon; Kim Myong Gil's quote answers the paragraph on the reactor at Yongbyon.
        assertThat(ours(quotes("about", "Yongbyon"))).extracting(quote -> quote.get("text"), quote -> quote.get("match"))
                .containsExactly(tuple(MAXWELL_ON_YONGBYON, "quote"), tuple(KIM_MYONG_GIL, "context"));
        // "Kim" inside Maxwell's first quote is a mention of Kim Jong Un: a name is matched as the entity the NLP
        // resolved it to, not by its words; the paragraph before Kim Myong Gil's quote names Kim Jong Un's government.
        assertThat(ours(quotes("about", "Kim Jong Un"))).extracting(quote -> quote.get("text"), quote -> quote.get("match"))
                .containsExactly(tuple(MAXWELL_ON_KIM, "quote"), tuple(KIM_MYONG_GIL, "context"));
        assertThat(ours(quotes("about", "United States"))).extracting(quote -> quote.get("text"), quote -> quote.get("match"))
                .containsExactly(tuple(KIM_MYONG_GIL, "quote"), tuple(MAXWELL_ON_YONGBYON, "context"));
    }

    @Test
    void aboutAnEntityIdReadsItsNameAndItsMentionsAndNotTheNumber() {
        long kimJongUn = given().get("/articles/{id}", pair.maxwell.id()).then().extract().jsonPath()
                .getLong("entities.find { it.text == 'Kim' }.entityId");
        assertThat(ours(quotes("about", String.valueOf(kimJongUn)))).extracting(quote -> quote.get("match"))
                .containsExactly("quote", "context");
    }

    @Test
    void aPronounTheNlpResolvedInsideAQuoteIsAReferenceToItsPerson() {
        String text = "Kim Jong Un left Hanoi early on Thursday.\n\nThe delegates waited in the hall.\n\n"
                + "The envoys met again on Friday.\n\n“He wants the sanctions lifted first,” said %s, a negotiator.";
        ArticleEnriched resolved = withSpeaker(text, "Mira Castell").referenceTo("e1", "He").enriched(Instant.now());
        ArticleEnriched unresolved = withSpeaker(text, "Mira Castellan").enriched(Instant.now());
        assertThat(unresolved.quotes().get(0).references()).isNull();
        for (ArticleEnriched event : List.of(resolved, unresolved)) {
            EventPublisher.publish(Topics.ARTICLES_ENRICHED, event.id(), event);
            PublishedPair.awaitStatus(event.id(), "enriched");
        }

        List<Map<String, Object>> aboutKim = quotes("about", "Kim Jong Un").stream()
                .filter(quote -> List.of(resolved.id(), unresolved.id()).contains(quote.get("articleId"))).toList();

        assertThat(aboutKim).extracting(quote -> quote.get("articleId"), quote -> quote.get("text"),
                quote -> quote.get("match"))
                .containsExactly(tuple(resolved.id(), "He wants the sanctions lifted first", "reference"));
    }

    @Test
    void eachQuoteIsStoredWithWhatItIsAboutAndItsArticlesDateEvenWhenTheDateChanges() {
        String quoted = "He wants the sanctions lifted before Seoul moves";
        String text = "Kim Jong Un left Hanoi early on Thursday.\n\n“" + quoted + ",” said Mira Castellon, a negotiator.";
        ArticleEnriched event = new CustomArticle("Envoys", text)
                .entity("e1", "Kim Jong Un", "PERSON").entity("e2", "Mira Castellon", "PERSON")
                .entity("e3", "Seoul", "CITY").mentionOf("e1", "Kim Jong Un", "PERSON", null)
                .mentionOf("e2", "Mira Castellon", "PERSON", null).mentionOf("e3", "Seoul", "CITY", null)
                .quoteOf(quoted, "Mira Castellon", "e2").referenceTo("e1", "He").enriched(Instant.now());
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, event.id(), event);
        PublishedPair.awaitStatus(event.id(), "enriched");
        long quote = Database.number("SELECT id FROM quote WHERE article_id = ?", event.id());

        // Seoul is named inside the quote (1), "He" is Kim Jong Un (2, though the paragraph before names him too, 3);
        // the cue names the speaker (this event does not place her mention there, so the passage counts it).
        assertThat(aboutRows(quote)).isEqualTo("Kim Jong Un:2 Mira Castellon:3 Seoul:1");

        Database.update("UPDATE article SET received_at = received_at - interval '1 day' WHERE id = ?", event.id());
        assertThat(Database.number("SELECT count(*) FROM quote qu JOIN article a ON a.id = qu.article_id"
                + " WHERE qu.id = ? AND qu.article_received_at = a.received_at", quote)).isOne();
        assertThat(Database.number("SELECT count(*) FROM quote_about x JOIN quote qu ON qu.id = x.quote_id"
                + " WHERE qu.id = ? AND x.article_received_at = qu.article_received_at", quote)).isEqualTo(3);
    }

    @Test
    void aSpeakerWithoutAnEntityIsFoundByTheWordsOfItsName() {
        String quoted = "The harbour stays closed until the inspections end";
        String text = "The port reopened talks.\n\n“" + quoted + ",” the Tamsin Harbour Commission said on Monday.";
        ArticleEnriched event = new CustomArticle("Harbour", text)
                .quoteOf(quoted, "the Tamsin Harbour Commission", null).enriched(Instant.now());
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, event.id(), event);
        PublishedPair.awaitStatus(event.id(), "enriched");

        for (String term : List.of("Tamsin Harbour", "tamsin harbour commission", "Tamsin")) {
            assertThat(quotes("speaker", term)).extracting(quote -> quote.get("articleId"), quote -> quote.get("text"))
                    .containsExactly(tuple(event.id(), quoted));
        }
        assertThat(quotes("speaker", "Harbour Tamsin")).isEmpty();
    }

    /** The entities and match ranks of a quote's quote_about rows, as "name:rank" sorted. */
    private static String aboutRows(long quote) {
        return String.join(" ", Database.strings("SELECT e.canonical_name || ':' || x.kind FROM quote_about x"
                + " JOIN entity e ON e.id = x.entity_id WHERE x.quote_id = ? ORDER BY 1", quote));
    }

    private static CustomArticle withSpeaker(String text, String speaker) {
        return new CustomArticle("Envoys", text.formatted(speaker))
                .entity("e1", "Kim Jong Un", "PERSON").entity("e2", speaker, "PERSON")
                .mentionOf("e1", "Kim Jong Un", "PERSON", null).mentionOf("e2", speaker, "PERSON", null)
                .quoteOf("He wants the sanctions lifted first", speaker, "e2");
    }

    @Test
    void theSpeakerNamedInTheCueIsNotWhatTheQuoteIsAbout() {
        assertThat(ours(quotes("about", "David Maxwell"))).isEmpty();
        assertThat(ours(quotes("about", "Kim Myong Gil"))).extracting(quote -> quote.get("text"))
                .containsExactly(MAXWELL_ON_YONGBYON);
    }

    @Test
    void quotesStoredBeforeThePassageExistedAreFilledByTheBackfill() {
        NewsPair fresh = NewsPair.create();
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, fresh.sejong.id(), fresh.sejongEnriched);
        PublishedPair.awaitStatus(fresh.sejong.id(), "enriched");
        // What V9 leaves on a quote stored before it. Other pairs said these quotes first: made first occurrences
        // here, they are listed, so about= rows follow what the backfill refills.
        Database.update("UPDATE quote SET context = NULL, context_start = NULL, context_end = NULL,"
                + " quote_entity_ids = NULL, context_entity_ids = NULL, duplicate_of = NULL WHERE article_id = ?",
                fresh.sejong.id());
        assertThat(contextNames(fresh, "yongbyon")).isZero();
        assertThat(aboutRowsOf(fresh)).isZero();

        assertThat(backfill.fillAll()).isGreaterThanOrEqualTo(2);

        assertThat(contextNames(fresh, "yongbyon")).isEqualTo(1);
        // The entities around each quote too: Yongbyon and Kim Jong Un before Kim Myong Gil's, Kim Myong Gil before
        // Maxwell's; inside, Kim Myong Gil's names the United States, and Maxwell's Yongbyon (tagged only in the
        // first paragraph: the article's name for it counts where the tagger left it).
        assertThat(Database.number("SELECT count(*) FROM quote WHERE article_id = ? AND cardinality(context_entity_ids) > 0",
                fresh.sejong.id())).isEqualTo(2);
        assertThat(Database.number("SELECT count(*) FROM quote WHERE article_id = ? AND cardinality(quote_entity_ids) > 0",
                fresh.sejong.id())).isEqualTo(2);
        assertThat(Database.number("SELECT count(*) FROM quote WHERE article_id = ? AND context_start IS NULL",
                fresh.sejong.id())).isZero();
        // What about= reads follows the refilled arrays: one row per entity named inside or around each quote.
        assertThat(aboutRowsOf(fresh)).isPositive().isEqualTo(Database.number("SELECT count(*) FROM (SELECT DISTINCT"
                + " q.id, unnest(q.quote_entity_ids || q.context_entity_ids) FROM quote q WHERE q.article_id = ?"
                + " AND q.kind <> 'term') named", fresh.sejong.id()));
    }

    private static long aboutRowsOf(NewsPair fresh) {
        return Database.number("SELECT count(*) FROM quote_about x JOIN quote q ON q.id = x.quote_id"
                + " WHERE q.article_id = ?", fresh.sejong.id());
    }

    private static long contextNames(NewsPair fresh, String word) {
        return Database.number("SELECT count(*) FROM quote WHERE article_id = ?"
                + " AND context_vector @@ to_tsquery('english', ?)", fresh.sejong.id(), word);
    }

    @Test
    void fullTextOverQuoteWordsUsesStemming() {
        assertThat(ours(quotes("q", "negotiation"))).extracting(quote -> quote.get("text")).containsExactlyInAnyOrder(
                MAXWELL_ON_KIM,
                KIM_MYONG_GIL);
    }

    @Test
    void filtersCombineAndPage() {
        given().queryParam("speaker", "Maxwell").queryParam("about", "Yongbyon").queryParam("size", 1)
                .get("/quotes").then()
                .statusCode(200)
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("items[0].speaker.name", equalTo("David Maxwell"));
        given().queryParam("size", 0).get("/quotes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void speakerNamesMatchWithoutCaseOrAccents() {
        ArticleEnriched article = NewsPair.oneQuote("The talks must resume before winter", "Ségolène Royal");
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, article.id(), article);
        PublishedPair.awaitStatus(article.id(), "enriched");

        for (String speaker : List.of("Ségolène Royal", "segolene royal", "ROYAL", "Segolène")) {
            assertThat(quotes("speaker", speaker)).as(speaker)
                    .filteredOn(quote -> article.id().equals(quote.get("articleId")))
                    .extracting(quote -> quote.get("text"))
                    .containsExactly("The talks must resume before winter");
        }
        assertThat(quotes("speaker", "Royal Ségolène")).noneMatch(quote -> article.id().equals(quote.get("articleId")));
    }

    private static List<Map<String, Object>> quotes(String filter, String value) {
        return given().queryParam(filter, value).queryParam("size", 100).get("/quotes").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    /** The quotes of this pair's articles: first said there, or first said elsewhere and also there. */
    private List<Map<String, Object>> ours(List<Map<String, Object>> quotes) {
        OwnQuotes own = OwnQuotes.of(pair.maxwell.id(), pair.sejong.id());
        return quotes.stream().filter(own::contains).toList();
    }
}
