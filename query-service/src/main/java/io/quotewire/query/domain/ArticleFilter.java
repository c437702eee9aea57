package io.quotewire.query.domain;

import io.quotewire.query.persistence.ArticleStatus;

/**
 * Filters of the article list; null means "any".
 *
 * @param q full-text query over title and text (websearch syntax)
 * @param entity canonical name, alias or id of an entity the article names
 * @param speaker name, alias or entity id of someone quoted in the article
 */
public record ArticleFilter(String q, String entity, String speaker, ArticleStatus status) {}
