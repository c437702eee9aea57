package io.quotewire.query.mapping;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.persistence.Article;
import jakarta.enterprise.context.ApplicationScoped;

/** Copies an {@link ArticleIngested} event's fields onto the stored {@link Article}. */
@ApplicationScoped
public class ArticleEventMapper {

    /** The metadata keys ingest fills from a document's byline and site name. */
    public static final String AUTHOR = "author";
    public static final String SITE_NAME = "siteName";

    /** Overwrites the article's source fields with the event's; status and enrichment are left alone. */
    public void copyInto(ArticleIngested event, Article article) {
        article.sha256 = event.sha256();
        article.title = event.title();
        article.text = event.text();
        article.source = event.source();
        article.url = event.url();
        article.fileName = event.fileName();
        article.contentType = event.contentType();
        article.receivedAt = event.receivedAt();
        article.publishedAt = event.publishedAt();
        article.author = event.metadata().get(AUTHOR);
        article.siteName = event.metadata().get(SITE_NAME);
    }
}
