package io.quotewire.query.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.mapping.ArticleEventMapper;
import io.quotewire.query.messaging.ReprocessPublisher;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a stored article through the NLP again (typically one that {@code failed}): it is re-published to
 * {@code articles.ingested} as received now, and shown as {@code processing} until the NLP answers.
 */
@ApplicationScoped
public class ArticleReprocessor {

    private final EntityManager entityManager;
    private final ReprocessPublisher publisher;

    public ArticleReprocessor(EntityManager entityManager, ReprocessPublisher publisher) {
        this.entityManager = entityManager;
        this.publisher = publisher;
    }

    /** Re-publishes article {@code id}; throws {@link NotFoundException} when no such article is stored. */
    public void reprocess(String id) {
        // Shown as processing before the record goes out, so that a quick second failure is not overwritten.
        Previous previous = QuarkusTransaction.requiringNew().call(() -> markProcessing(find(id)));
        try {
            publisher.publish(previous.event());
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> restore(find(id), previous));
            throw e;
        }
    }

    /** The event to re-publish, and the status and error the article had before. */
    private record Previous(ArticleIngested event, ArticleStatus status, String error) {}

    private static Previous markProcessing(Article article) {
        Previous previous = new Previous(toEvent(article), article.status, article.error);
        if (article.status == ArticleStatus.FAILED) {
            article.status = ArticleStatus.PROCESSING;
            article.error = null;
            article.updatedAt = Instant.now();
        }
        return previous;
    }

    private static void restore(Article article, Previous previous) {
        if (article.status == ArticleStatus.PROCESSING && previous.status() == ArticleStatus.FAILED) {
            article.status = ArticleStatus.FAILED;
            article.error = previous.error();
            article.updatedAt = Instant.now();
        }
    }

    private Article find(String id) {
        Article article = entityManager.find(Article.class, id);
        if (article == null || article.text == null) {
            throw new NotFoundException("No article with id " + id + " is stored.");
        }
        return article;
    }

    // A new receivedAt makes the record differ from the first one, so that a second failure is applied (dead
    // letters are de-duplicated by payload) rather than skipped as a redelivery.
    private static ArticleIngested toEvent(Article article) {
        String title = article.title == null || article.title.isBlank() ? "Untitled" : article.title;
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article.id, article.sha256 == null ? article.id
                : article.sha256, title, article.text, article.source, article.url, article.publishedAt,
                article.fileName, article.contentType, Instant.now(), metadata(article));
    }

    /** What the stored article keeps of its metadata, so that re-processing does not lose its byline. */
    private static Map<String, String> metadata(Article article) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("reprocessed", "true");
        if (article.author != null) {
            metadata.put(ArticleEventMapper.AUTHOR, article.author);
        }
        if (article.siteName != null) {
            metadata.put(ArticleEventMapper.SITE_NAME, article.siteName);
        }
        return metadata;
    }
}
