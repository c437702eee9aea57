package io.quotewire.ingest.mapping;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.domain.DeclaredFacts;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.PublishedDate;
import io.quotewire.ingest.domain.TitleGuesser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the {@link ArticleIngested} event from extracted text and what the caller told us about it. */
public final class ArticleMapper {

    private ArticleMapper() {}

    /**
     * The event for {@code document}.
     *
     * @param rawSha256 SHA-256 of the bytes as received
     * @param fileName sanitised file name, or null for JSON submissions
     * @param maxTitleLength a document's own title (HTML {@code <title>}) longer than this is cut with "…"
     */
    public static ArticleIngested toEvent(ExtractedDocument document, DeclaredFacts declared, String rawSha256,
            String fileName, Instant receivedAt, int maxTitleLength) {
        String declaredTitle = declared.title() != null && !declared.title().isBlank() ? declared.title()
                : storable(document.title(), maxTitleLength);
        String title = TitleGuesser.guess(declaredTitle, document.text());
        Map<String, String> metadata = storable(document.metadata());
        return new ArticleIngested(
                ArticleIngested.SCHEMA_VERSION,
                ArticleText.idOf(document.text()),
                rawSha256,
                title,
                document.text(),
                blankToNull(declared.source()),
                // What the caller declared wins; a web page's canonical address and date fill in otherwise.
                firstNonBlank(declared.url(), metadata.get("canonicalUrl")),
                declared.publishedAt() != null ? declared.publishedAt()
                        : PublishedDate.parse(metadata.get("published")).orElse(null),
                fileName,
                document.contentType(),
                receivedAt,
                metadata);
    }

    /** A title from inside a document, cut to {@code maxLength} and without characters no database text holds. */
    private static String storable(String title, int maxLength) {
        if (title == null) {
            return null;
        }
        String clean = title.replace("\u0000", "");
        return clean.length() <= maxLength ? clean : clean.substring(0, maxLength - 1).strip() + "…";
    }

    /**
     * A document's facts without NUL characters, which no database text holds: a mail's {@code From:} header may
     * carry one, and query-service stores the author, so the article would be accepted here and fail there.
     */
    private static Map<String, String> storable(Map<String, String> metadata) {
        Map<String, String> clean = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value.replace("\u0000", ""));
            }
        });
        return clean;
    }

    private static String firstNonBlank(String declared, String found) {
        return blankToNull(declared) != null ? blankToNull(declared) : blankToNull(found);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
