package io.quotewire.ingest.rest;

import io.quotewire.ingest.domain.DeclaredFacts;
import java.time.Instant;

/**
 * An article posted as JSON; what each field may hold is checked by {@code ArticleIngestor} (README "Statuses").
 *
 * @param text the article text (required, with something visible in it); line breaks are normalised, nothing else
 * @param title optional, at most {@code quotewire.ingest.max-title-length} characters; wins over the guessed title
 * @param publishedAt optional ISO-8601 instant, e.g. {@code 2019-10-07T09:00:00Z}
 */
public record ArticleSubmission(String title, String text, String source, String url, Instant publishedAt) {

    /** The facts the caller declared besides the text. */
    public DeclaredFacts declared() {
        return new DeclaredFacts(title, source, url, publishedAt);
    }
}
