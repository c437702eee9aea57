package io.quotewire.engine.model;

/** The analysis of one text and how long the NLP took on it. */
public record Enrichment(TextAnalysis analysis, long processingMillis) {}
