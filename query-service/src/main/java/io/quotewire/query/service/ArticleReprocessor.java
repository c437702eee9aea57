package io.quotewire.query.service;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.mapping.ArticleEventMapper;
import io.quotewire.query.messaging.ReprocessPublisher;
import io.quotewire.query.persistence.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a stored article through the NLP again, whatever its status: it is re-published to {@code articles.ingested}
 * as a reprocess request received now. Nothing is written here: this service's own consumer of the topic turns the
 * request into {@code processing} ({@link ArticleEventHandler#ingested}), so a crash can never leave half of it done.
 */
@ApplicationScoped
public class ArticleReprocessor {

    /** The metadata key that marks a re-published article as a reprocess request. */
    public static final String REPROCESSED = "reprocessed";

    private final EntityManager entityManager;
    private final ReprocessPublisher publisher;

    public ArticleReprocessor(EntityManager entityManager, ReprocessPublisher publisher) {
        this.entityManager = entityManager;
        this.publisher = publisher;
    }

    /**
     * Re-publishes article {@code id} and answers the status it had when asked; throws {@link NotFoundException}
     * when no such article is stored, and a 503 problem when the broker does not acknowledge (nothing changed).
     */
    public String reprocess(String id) {
        Article article = entityManager.find(Article.class, id);
        if (article == null || article.text == null) {
            throw new NotFoundException("No article with id " + id + " is stored.");
        }
        publisher.publish(toEvent(article));
        return article.status.apiName();
    }

    /** Whether {@code event} is a reprocess request rather than an article ingest published. */
    public static boolean isRequest(ArticleIngested event) {
        return event.metadata() != null && "true".equals(event.metadata().get(REPROCESSED));
    }

    // A new receivedAt makes the record differ from the first one, so that it is applied (records are de-duplicated
    // by payload) and so that the answer to it can be recognised; in microseconds, as PostgreSQL keeps it.
    private static ArticleIngested toEvent(Article article) {
        String title = article.title == null || article.title.isBlank() ? "Untitled" : article.title;
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article.id, article.sha256 == null ? article.id
                : article.sha256, title, article.text, article.source, article.url, article.publishedAt,
                article.fileName, article.contentType, Instant.now().truncatedTo(ChronoUnit.MICROS), metadata(article));
    }

    /** What the stored article keeps of its metadata, so that re-processing does not lose its byline. */
    private static Map<String, String> metadata(Article article) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(REPROCESSED, "true");
        if (article.author != null) {
            metadata.put(ArticleEventMapper.AUTHOR, article.author);
        }
        if (article.siteName != null) {
            metadata.put(ArticleEventMapper.SITE_NAME, article.siteName);
        }
        return metadata;
    }
}
