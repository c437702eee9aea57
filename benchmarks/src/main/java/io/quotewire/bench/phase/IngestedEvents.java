package io.quotewire.bench.phase;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The {@code articles.ingested} event ingest-service publishes for a plain-text corpus article. */
public final class IngestedEvents {

    private IngestedEvents() {}

    /** The event for {@code article}: its normalised text, the id derived from it, received now. */
    public static ArticleIngested of(GeneratedArticle article) {
        String text = ArticleText.normalise(article.text());
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, ArticleText.idOf(text),
                ArticleText.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), article.title(), text, "bench", null,
                null, null, "text/plain", Instant.now(), Map.of());
    }

    /** The event as the JSON value ingest-service would publish. */
    public static String json(ArticleIngested event) {
        try {
            return StoreEventFactory.JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ingested event could not be written as JSON", e);
        }
    }
}
