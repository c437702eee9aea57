package io.quotewire.query.domain;

import java.time.Instant;
import java.util.List;

/**
 * One article with its text, entity mentions and quotes; every offset indexes {@code text}.
 *
 * @param publishedAt when it was published (request, document metadata or dateline), null when unknown
 * @param copyOf the earliest article this one is a copy of (word-shingle Jaccard ≥ 0.8), null when none
 * @param copySimilarity that overlap, null when no copy
 * @param copies the later articles that are copies of this one
 */
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
        List<QuoteView> quotes,
        ArticleRef copyOf,
        Float copySimilarity,
        List<ArticleRef> copies) {

    /** {@link #copySimilarity} in whole percent, for the page; null when no copy. */
    public Integer copySimilarityPercent() {
        return copySimilarity == null ? null : Math.round(copySimilarity * 100);
    }
}
