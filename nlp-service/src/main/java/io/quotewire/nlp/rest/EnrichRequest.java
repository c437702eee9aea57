package io.quotewire.nlp.rest;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /enrich} as JSON: the article's text, and optionally its title. */
public record EnrichRequest(String title, @NotBlank(message = "text is required and must not be blank") String text) {}
