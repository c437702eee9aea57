package io.quotewire.query.domain;

/**
 * A full-text match: an article ({@code kind = "article"}) or a quote ({@code kind = "quote"}, with its id and
 * speaker). {@code snippet} is HTML-escaped text with the matched words inside {@code <mark>…</mark>}.
 */
public record SearchHit(
        String kind, String articleId, String articleTitle, Long quoteId, String speakerName, String snippet,
        double rank) {}
