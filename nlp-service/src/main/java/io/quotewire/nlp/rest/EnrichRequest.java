package io.quotewire.nlp.rest;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Body of {@code POST /enrich} as JSON: the article's text, and optionally its title and when it was published
 * (ISO-8601, e.g. {@code 2019-10-07T09:00:00Z}), against which dates such as "October 5" are resolved.
 */
public record EnrichRequest(String title, @NotNull(message = "text is required") String text, Instant publishedAt) {}
