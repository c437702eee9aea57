package io.quotewire.nlp.rest;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /enrich} as JSON: the article's text, and optionally its title. */
public record EnrichRequest(String title, @NotNull(message = "text is required") String text) {}
