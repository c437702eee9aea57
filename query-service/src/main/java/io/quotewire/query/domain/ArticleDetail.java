package io.quotewire.query.domain;

import java.time.Instant;
import java.util.List;

/** One article with its text, entity mentions and quotes; every offset indexes {@code text}. */
public record ArticleDetail(
        String id,
        String title,
        String text,
        String source,
        String fileName,
        String author,
        String siteName,
        String url,
        Instant publishedAt,
        String status,
        String error,
        Instant receivedAt,
        Instant enrichedAt,
        List<MentionView> entities,
        List<QuoteView> quotes) {}
