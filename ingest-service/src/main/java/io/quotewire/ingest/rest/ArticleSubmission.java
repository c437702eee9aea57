package io.quotewire.ingest.rest;

import io.quotewire.ingest.domain.DeclaredFacts;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/**
 * An article posted as JSON.
 *
 * @param text the article text (required, not blank); line breaks are normalised, nothing else is changed
 * @param title optional; wins over the guessed title
 * @param publishedAt optional ISO-8601 instant, e.g. {@code 2019-10-07T09:00:00Z}
 */
public record ArticleSubmission(
        String title,
        @NotBlank(message = "text is required and must not be blank") String text,
        String source,
        String url,
        Instant publishedAt) {

    /** The facts the caller declared besides the text. */
    public DeclaredFacts declared() {
        return new DeclaredFacts(title, source, url, publishedAt);
    }
}
