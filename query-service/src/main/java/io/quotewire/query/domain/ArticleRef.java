package io.quotewire.query.domain;

/** Another article, named and linkable: where a quote also appeared, what an article is a copy of. */
public record ArticleRef(String articleId, String articleTitle) {}
