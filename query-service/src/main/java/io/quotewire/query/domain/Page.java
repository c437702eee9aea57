package io.quotewire.query.domain;

import java.util.List;

/**
 * One page of a list the API serves, with the total number of matches across all pages. Where counting every match
 * would cost too much (quotes, search), {@code total} stops at a cap and {@code totalIsLowerBound} says that more
 * match than {@code total}.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalIsLowerBound) {}
