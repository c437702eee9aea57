package io.quotewire.query.support;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An enriched article built entity by entity, mention by mention and quote by quote, for storage tests. */
public final class CustomArticle {

    private ArticleIngested article;
    private final List<ArticleEnriched.Entity> entities = new ArrayList<>();
    private final List<ArticleEnriched.Mention> mentions = new ArrayList<>();
    private final List<ArticleEnriched.Quote> quotes = new ArrayList<>();

    /** An article with this text (its id is the text's hash), received now. */
    public CustomArticle(String title, String text) {
        this(title, text, null);
    }

    /** An article with this text published at {@code publishedAt} (null: not known), received now. */
    public CustomArticle(String title, String text, Instant publishedAt) {
        String id = ArticleText.idOf(text);
        this.article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, title, text, "quotewire-test",
                null, publishedAt, id.substring(0, 12) + ".txt", "text/plain", Instant.now(),
                Map.of("language", "en"));
    }

    /** The same article with a byline, site, publication date and address, as ingest reads them from a page. */
    public CustomArticle byline(String author, String siteName, Instant publishedAt, String url) {
        article = new ArticleIngested(article.schemaVersion(), article.id(), article.sha256(), article.title(),
                article.text(), article.source(), url, publishedAt, article.fileName(), "text/html",
                article.receivedAt(), Map.of("author", author, "siteName", siteName));
        return this;
    }

    public String id() {
        return article.id();
    }

    public CustomArticle entity(String key, String name, String type, String... aliases) {
        entities.add(new ArticleEnriched.Entity(key, name, type, List.of(aliases)));
        return this;
    }

    /** A DATE, TIME, MONEY or PERCENT entity standing for {@code value}. */
    public CustomArticle valueEntity(String key, String name, String type, String value) {
        entities.add(new ArticleEnriched.Entity(key, name, type, List.of(), value));
        return this;
    }

    /** A mention of entity {@code key} where {@code text} first occurs in the article, with its value (or null). */
    public CustomArticle mentionOf(String key, String text, String type, String value) {
        int start = article.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the text: " + text);
        }
        mentions.add(new ArticleEnriched.Mention(key, text, type, start, start + text.length(), value));
        return this;
    }

    /** A quote where {@code text} first occurs in the article, said by {@code speaker} (entity {@code key}). */
    public CustomArticle quoteOf(String text, String speaker, String key) {
        int start = article.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the text: " + text);
        }
        quotes.add(new ArticleEnriched.Quote(text, start, start + text.length(), "direct", "said", 0.9,
                new ArticleEnriched.Speaker(speaker, key, null, null, speaker, 0, 1)));
        return this;
    }

    /**
     * The last quote added, with {@code word} (its first occurrence inside the quote) a reference to entity
     * {@code key}: a pronoun the NLP resolved, as in "He wants the sanctions lifted".
     */
    public CustomArticle referenceTo(String key, String word) {
        ArticleEnriched.Quote last = quotes.remove(quotes.size() - 1);
        int start = article.text().indexOf(word, last.start());
        if (start < 0 || start + word.length() > last.end()) {
            throw new IllegalArgumentException("Not in the quote: " + word);
        }
        quotes.add(new ArticleEnriched.Quote(last.text(), last.start(), last.end(), last.kind(), last.cue(),
                last.confidence(), last.speaker(),
                List.of(new ArticleEnriched.Reference(key, start, start + word.length(), word))));
        return this;
    }

    /** A mention of entity {@code key} at the start of the text. */
    public CustomArticle mention(String key, String text, String type) {
        mentions.add(new ArticleEnriched.Mention(key, text, type, 0, Math.min(text.length(), article.text().length())));
        return this;
    }

    /** A quote at the start of the text said by {@code speaker}, tied to entity {@code key} (may be null). */
    public CustomArticle quote(String text, String speaker, String key) {
        quotes.add(new ArticleEnriched.Quote(text, 0, Math.min(text.length(), article.text().length()), "direct",
                "said", 0.9, new ArticleEnriched.Speaker(speaker, key, null, null, speaker, 0, 1)));
        return this;
    }

    /** The enriched event, enriched at {@code enrichedAt} (a different instant makes a different payload). */
    public ArticleEnriched enriched(Instant enrichedAt) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.id(), article, List.copyOf(entities),
                List.copyOf(mentions), List.copyOf(quotes),
                new ArticleEnriched.NlpInfo("test", "1", List.of("ner"), 1), enrichedAt);
    }

    /** Publishes the article enriched now onto articles.enriched and waits until query-service shows it enriched. */
    public void store() {
        EventPublisher.publish(Topics.ARTICLES_ENRICHED, id(), enriched(Instant.now()));
        PublishedPair.awaitStatus(id(), "enriched");
    }
}
