package io.quotewire.query.domain;

import java.util.List;

/** One page of a list the API serves, with the total number of matches across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {}
