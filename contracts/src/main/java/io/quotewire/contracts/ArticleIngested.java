package io.quotewire.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * Event on {@link Topics#ARTICLES_INGESTED}: an article whose text was extracted and normalised.
 *
 * @param id article id, the SHA-256 of the normalised text (so the same text always has the same id)
 * @param sha256 SHA-256 of the raw bytes as received
 * @param text extracted text, line breaks normalised to {@code \n}; every offset downstream indexes it
 * @param contentType detected media type of the original, e.g. {@code text/html}
 * @param metadata further facts from the source document (author, language…), never null
 */
public record ArticleIngested(
        int schemaVersion,
        String id,
        String sha256,
        String title,
        String text,
        String source,
        String url,
        Instant publishedAt,
        String fileName,
        String contentType,
        Instant receivedAt,
        Map<String, String> metadata) {

    /** Version of this record's shape; bump it with the JSON Schema. */
    public static final int SCHEMA_VERSION = 1;
}
