package io.quotewire.bench.phase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Copies of real enriched events for filling the store: the text gains one last line naming the copy, so each copy
 * is a distinct article (its own id), while every entity, mention and quote offset stays valid.
 */
public final class StoreEventFactory {

    /** JSON as nlp-service writes it: ISO-8601 instants. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<ArticleEnriched> templates;
    private final String runId;

    public StoreEventFactory(List<ArticleEnriched> templates, String runId) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("At least one enriched article is needed to fill the store");
        }
        this.templates = List.copyOf(templates);
        this.runId = runId;
    }

    /** The {@code number}-th copy, of template {@code number mod templates}. */
    public ArticleEnriched copy(long number) {
        ArticleEnriched template = templates.get((int) (number % templates.size()));
        ArticleIngested original = template.article();
        String text = original.text() + "\nArchive copy " + runId + "-" + number + ".";
        String id = ArticleText.idOf(text);
        Instant now = Instant.now();
        ArticleIngested article = new ArticleIngested(original.schemaVersion(), id,
                ArticleText.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), original.title(), text,
                original.source(), original.url(), original.publishedAt(), original.fileName(),
                original.contentType(), now, original.metadata());
        return new ArticleEnriched(template.schemaVersion(), id, article, template.entities(), template.mentions(),
                template.quotes(), template.nlp(), now);
    }

    /** The event as the JSON value nlp-service would publish. */
    public static String json(ArticleEnriched event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An enriched event could not be written as JSON", e);
        }
    }
}
