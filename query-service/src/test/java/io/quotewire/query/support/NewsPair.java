package io.quotewire.query.support;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleEnriched.Entity;
import io.quotewire.contracts.ArticleEnriched.Mention;
import io.quotewire.contracts.ArticleEnriched.Quote;
import io.quotewire.contracts.ArticleEnriched.Speaker;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.teststack.EventSchemas;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two realistic articles from the seeds that share "Kim Jong Un" and the speaker David Maxwell, made unique by a
 * nonce word so that tests sharing one database can filter on exactly their own articles.
 */
public final class NewsPair {

    public static final String MAXWELL_DESCRIPTION =
            "retired special forces colonel and senior fellow at the Foundation for Defense of Democracies";

    /** A word found only in this pair's texts ("qw" and 10 letters). */
    public final String nonce;
    /** The Maxwell piece: Trump, Kim Jong Un, David Maxwell's quote, Stockholm. Received first. */
    public final ArticleIngested maxwell;
    /** The Stockholm talks piece: Yongbyon, Kim Myong Gil's quote, and "Maxwell said". Received second. */
    public final ArticleIngested sejong;
    public final ArticleEnriched maxwellEnriched;
    public final ArticleEnriched sejongEnriched;

    private NewsPair(String nonce, Instant receivedAt) {
        this.nonce = nonce;
        this.maxwell = ingested("Trump, Kim and the limits of talking " + nonce, maxwellText(nonce),
                "maxwell-" + nonce + ".txt", receivedAt);
        this.sejong = ingested("Failed working-level nuclear talks in Stockholm " + nonce, sejongText(nonce),
                "sejong-" + nonce + ".txt", receivedAt.plusSeconds(60));
        this.maxwellEnriched = enrichMaxwell(maxwell);
        this.sejongEnriched = enrichSejong(sejong);
        for (ArticleEnriched event : List.of(maxwellEnriched, sejongEnriched)) {
            List<String> violations = EventSchemas.violations(Topics.ARTICLES_ENRICHED, event);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Test event breaks the contract: " + violations);
            }
        }
    }

    /** A new pair with a fresh nonce, received now. */
    public static NewsPair create() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abcdefghij";
        return new NewsPair("qw" + letters.substring(0, 10), Instant.parse("2026-11-23T12:00:00Z")
                .plusSeconds(System.nanoTime() % 1_000_000));
    }

    /** The same article ingested again later, e.g. a re-upload: a different payload for the same id. */
    public static ArticleIngested receivedAgain(ArticleIngested article) {
        return new ArticleIngested(article.schemaVersion(), article.id(), article.sha256(), article.title(),
                article.text(), article.source(), article.url(), article.publishedAt(), article.fileName(),
                article.contentType(), article.receivedAt().plusSeconds(3600), article.metadata());
    }

    /** {@code article} with a NUL after its title, which PostgreSQL refuses to store. */
    public static ArticleIngested withNulInTitle(ArticleIngested article) {
        return new ArticleIngested(article.schemaVersion(), article.id(), article.sha256(), article.title() + "\u0000",
                article.text(), article.source(), article.url(), article.publishedAt(), article.fileName(),
                article.contentType(), article.receivedAt(), article.metadata());
    }

    /** {@code event}'s enrichment, told of {@code article} (the same id with other fields) instead of its own. */
    public static ArticleEnriched describing(ArticleEnriched event, ArticleIngested article) {
        return new ArticleEnriched(event.schemaVersion(), event.id(), article, event.entities(), event.mentions(),
                event.quotes(), event.nlp(), event.enrichedAt());
    }

    /** A one-quote article: "“{quote},” said {speaker}." with the speaker as a PERSON entity, received now. */
    public static ArticleEnriched oneQuote(String quote, String speaker) {
        String nonce = create().nonce;
        String text = "“" + quote + ",” said " + speaker + ". Ref " + nonce + ".";
        Builder builder = new Builder(ingested("One quote " + nonce, text, nonce + ".txt", Instant.now()));
        builder.entity("e1", speaker, "PERSON", List.of(), speaker);
        int at = builder.at(speaker);
        builder.quote(quote, "said", new Speaker(speaker, "e1", null, null, speaker, at, at + speaker.length()));
        return builder.build();
    }

    private static String maxwellText(String nonce) {
        return "If President Donald Trump is thinking a deal with his friend Kim Jong Un might distract from his "
                + "troubles at home, he’d better think again.\n"
                + "“We have to keep pushing Kim to really conduct negotiations,” said David Maxwell, "
                + MAXWELL_DESCRIPTION + ".\n"
                + "The talks in Stockholm broke down. Ref " + nonce + ".";
    }

    private static String sejongText(String nonce) {
        return "North Korea restarted the reactor at Yongbyon, a site Kim Jong Un’s government had offered to "
                + "dismantle.\n"
                + "Kim Myong Gil, DPRK’s Ambassador and the chief negotiator, announced that “We don’t believe "
                + "that the United States is substantively ready for negotiation with us.”\n"
                + "“Pyongyang will not give up Yongbyon for nothing,” Maxwell said. Ref " + nonce + ".";
    }

    private static ArticleIngested ingested(String title, String text, String fileName, Instant receivedAt) {
        String id = ArticleText.idOf(text);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, title, text, "quotewire-test", null,
                null, fileName, "text/plain", receivedAt, Map.of("language", "en"));
    }

    private static ArticleEnriched enrichMaxwell(ArticleIngested article) {
        Builder builder = new Builder(article);
        builder.entity("e1", "Donald Trump", "PERSON", List.of("Trump"), "Donald Trump");
        builder.entity("e2", "Kim Jong Un", "PERSON", List.of("Kim"), "Kim Jong Un", "Kim");
        builder.entity("e3", "David Maxwell", "PERSON", List.of("Maxwell"), "David Maxwell");
        builder.entity("e4", "Foundation for Defense of Democracies", "ORGANIZATION", List.of(),
                "Foundation for Defense of Democracies");
        builder.entity("e5", "Stockholm", "LOCATION", List.of(), "Stockholm");
        builder.quote("We have to keep pushing Kim to really conduct negotiations", "said",
                new Speaker("David Maxwell", "e3", MAXWELL_DESCRIPTION, "e4", "David Maxwell",
                        builder.at("David Maxwell"), builder.at("David Maxwell") + "David Maxwell".length()));
        return builder.build();
    }

    private static ArticleEnriched enrichSejong(ArticleIngested article) {
        Builder builder = new Builder(article);
        builder.entity("e1", "North Korea", "LOCATION", List.of(), "North Korea");
        builder.entity("e2", "Yongbyon", "LOCATION", List.of(), "Yongbyon");
        builder.entity("e3", "Kim Jong Un", "PERSON", List.of("Kim Jong Un’s"), "Kim Jong Un");
        builder.entity("e4", "Kim Myong Gil", "PERSON", List.of(), "Kim Myong Gil");
        builder.entity("e5", "United States", "LOCATION", List.of("U.S."), "United States");
        builder.entity("e6", "David Maxwell", "PERSON", List.of("Maxwell"), "Maxwell");
        builder.quote("We don’t believe that the United States is substantively ready for negotiation with us.",
                "announced", new Speaker("Kim Myong Gil", "e4", "DPRK’s Ambassador and the chief negotiator", null,
                        "Kim Myong Gil", builder.at("Kim Myong Gil"), builder.at("Kim Myong Gil") + 13));
        int maxwell = builder.at("Maxwell said");
        builder.quote("Pyongyang will not give up Yongbyon for nothing", "said",
                new Speaker("David Maxwell", "e6", null, null, "Maxwell", maxwell, maxwell + 7));
        return builder.build();
    }

    /** Builds an enrichment whose offsets are computed from the article text, as the NLP would give them. */
    private static final class Builder {

        private final ArticleIngested article;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        Builder(ArticleIngested article) {
            this.article = article;
        }

        int at(String words) {
            int start = article.text().indexOf(words);
            if (start < 0) {
                throw new IllegalArgumentException("Not in the text: " + words);
            }
            return start;
        }

        void entity(String key, String name, String type, List<String> aliases, String... mentionTexts) {
            entities.add(new Entity(key, name, type, aliases));
            for (String text : mentionTexts) {
                // Past any earlier mention containing these words, so "Kim" is not found inside "Kim Jong Un".
                int from = 0;
                for (Mention earlier : mentions) {
                    if (earlier.text().contains(text)) {
                        from = Math.max(from, earlier.end());
                    }
                }
                int start = article.text().indexOf(text, from);
                mentions.add(new Mention(key, text, type, start, start + text.length()));
            }
        }

        void quote(String text, String cue, Speaker speaker) {
            int start = at(text);
            quotes.add(new Quote(text, start, start + text.length(), "direct", cue, 0.9, speaker));
        }

        ArticleEnriched build() {
            ArticleEnriched.NlpInfo nlp = EventSchemas.MAPPER.convertValue(
                    EventSchemas.sample(Topics.ARTICLES_ENRICHED).get("nlp"), ArticleEnriched.NlpInfo.class);
            return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.id(), article, entities, mentions,
                    quotes, nlp, article.receivedAt().plusSeconds(2));
        }
    }
}
