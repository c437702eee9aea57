package io.quotewire.ingest.domain;

import java.time.Instant;

/**
 * What the caller told us about an article rather than what we extracted; each may be null.
 *
 * @param title a title that wins over any extracted or guessed one
 * @param source the publication or feed the article came from
 */
public record DeclaredFacts(String title, String source, String url, Instant publishedAt) {

    /** Facts of a file upload with form fields {@code source} and {@code publishedAt} (either may be null). */
    public static DeclaredFacts ofUpload(String source, Instant publishedAt) {
        return new DeclaredFacts(null, source, null, publishedAt);
    }
}
