package io.quotewire.query.domain;

/**
 * Filters of the entity list; null means "any".
 *
 * @param type entity type, e.g. PERSON (case-insensitive)
 * @param q words the canonical name or an alias starts with ("kim" finds every Kim)
 */
public record EntityFilter(String type, String q) {}
