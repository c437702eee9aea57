package io.quotewire.query.web;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An article as a dropped HTML file could produce it: markup and script in its title, text, speaker and role,
 * with a quote and a mention whose offsets overlap the script. Unique by a nonce word.
 */
final class HostileArticle {

    static final String SCRIPT = "<script>alert('owned')</script>";
    static final String IMAGE = "<img src=x onerror=alert(2)>";

    // Padded: a UUID has fewer than eight of the letters a-f about one time in twenty.
    final String nonce = "qwx" + (UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abcdefgh").substring(0, 8);
    final String title = "Breaking " + SCRIPT + " " + nonce;
    final String text = "Officials met in Geneva " + nonce + ".\n"
            + "“Nothing " + SCRIPT + " will stop us " + IMAGE + ",” said Evil Mallory, spokesperson.";
    final ArticleIngested ingested;
    final ArticleEnriched enriched;

    HostileArticle() {
        String id = ArticleText.idOf(text);
        ingested = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, title, text, "web-test", null, null,
                "hostile-" + nonce + ".html", "text/html", Instant.parse("2026-11-23T08:00:00Z"), Map.of());
        int quoteStart = text.indexOf("Nothing");
        int quoteEnd = text.indexOf(",”");
        int speaker = text.indexOf("Evil Mallory");
        int script = text.indexOf(SCRIPT);
        int geneva = text.indexOf("Geneva");
        List<Entity> entities = List.of(
                new Entity("e1", "Evil Mallory", "PERSON", List.of()),
                new Entity("e2", "Geneva", "LOCATION", List.of()),
                new Entity("e3", "alert('owned')</script> will", "MISC", List.of()));
        List<Mention> mentions = List.of(
                new Mention("e2", "Geneva", "LOCATION", geneva, geneva + 6),
                new Mention("e1", "Evil Mallory", "PERSON", speaker, speaker + 12),
                // Starts inside the quote's script and ends after it: the markup must split, not break.
                new Mention("e3", text.substring(script + 8, script + SCRIPT.length() + 5), "MISC", script + 8,
                        script + SCRIPT.length() + 5));
        Quote quote = new Quote(text.substring(quoteStart, quoteEnd), quoteStart, quoteEnd, "direct", "said", 0.9,
                new Speaker("Evil Mallory", "e1", "spokesperson " + IMAGE, null, "Evil Mallory", speaker,
                        speaker + 12));
        ArticleEnriched.NlpInfo nlp = EventSchemas.MAPPER.convertValue(
                EventSchemas.sample(Topics.ARTICLES_ENRICHED).get("nlp"), ArticleEnriched.NlpInfo.class);
        enriched = new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, ingested, entities, mentions,
                List.of(quote), nlp, ingested.receivedAt().plusSeconds(1));
        List<String> violations = EventSchemas.violations(Topics.ARTICLES_ENRICHED, enriched);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Test event breaks the contract: " + violations);
        }
    }

    String id() {
        return ingested.id();
    }
}
