package io.quotewire.query.domain;

import io.quotewire.query.persistence.ArticleStatus;

/**
 * Filters of the article list; null means "any".
 *
 * @param q full-text query over title and text (websearch syntax)
 * @param entity canonical name, alias or id of an entity the article names
 * @param speaker name, alias or entity id of someone quoted in the article
 * @param dates when the article counts as published (publishedAt, else receivedAt)
 */
public record ArticleFilter(String q, String entity, String speaker, ArticleStatus status, DateRange dates) {

    /** A filter with no date range. */
    public ArticleFilter(String q, String entity, String speaker, ArticleStatus status) {
        this(q, entity, speaker, status, DateRange.ANY);
    }
}
