package io.quotewire.ingest.mapping;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.domain.DeclaredFacts;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.TitleGuesser;
import java.time.Instant;

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
        return new ArticleIngested(
                ArticleIngested.SCHEMA_VERSION,
                ArticleText.idOf(document.text()),
                rawSha256,
                title,
                document.text(),
                blankToNull(declared.source()),
                blankToNull(declared.url()),
                declared.publishedAt(),
                fileName,
                document.contentType(),
                receivedAt,
                document.metadata());
    }

    /** A title from inside a document, cut to {@code maxLength} and without characters no database text holds. */
    private static String storable(String title, int maxLength) {
        if (title == null) {
            return null;
        }
        String clean = title.replace("\u0000", "");
        return clean.length() <= maxLength ? clean : clean.substring(0, maxLength - 1).strip() + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
