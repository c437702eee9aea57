package io.quotewire.query.domain;

/**
 * One name of an entity with how often its articles use it and why it belongs to the entity.
 *
 * @param reason {@code canonical}, {@code spelling}, {@code known}, {@code article}, {@code acronym} or {@code value}
 * @param why the reason in words ("a known name of United States (query-service's list of known names)")
 * @param articleId the first article that gave the name, null when it is gone
 */
public record AliasView(String name, long mentions, String reason, String why, String articleId) {}
