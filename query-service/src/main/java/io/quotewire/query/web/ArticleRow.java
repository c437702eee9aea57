package io.quotewire.query.web;

import io.quotewire.query.domain.ArticleSummary;

/**
 * An article as a row of a page's list: what to show, where it links, the reason when it failed, if a copy.
 *
 * @param byline author, site and publication date (see {@link Byline}), null when the article names none
 * @param copy whether it is a wire copy of an earlier article
 */
public record ArticleRow(
        String title, String link, String source, String received, String status, String reason, int entityCount,
        int quoteCount, String byline, boolean copy) {

    static ArticleRow of(ArticleSummary article, String reason) {
        String title = article.title() == null || article.title().isBlank() ? "(untitled) " + article.id()
                : article.title();
        return new ArticleRow(title, PageLinks.article(article.id()), article.source(),
                PageText.instant(article.receivedAt()), article.status(), reason, article.entityCount(),
                article.quoteCount(), Byline.of(article.author(), article.siteName(), article.publishedAt()),
                article.copyOf() != null);
    }
}
