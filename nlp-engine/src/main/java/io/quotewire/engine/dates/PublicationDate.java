package io.quotewire.engine.dates;

import io.quotewire.contracts.ArticleIngested;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The day an article was published, which is the reference date SUTime resolves its dates against: what ingest gave
 * ({@code publishedAt}, from the request or the document's metadata), else the article's own dateline.
 */
public final class PublicationDate {

    /** Metadata key telling where a {@code publishedAt} filled in by the NLP came from. */
    public static final String SOURCE_KEY = "publishedAtSource";

    private PublicationDate() {}

    /** The publication day (UTC) of {@code article}, if ingest gave it or the text states it. */
    public static Optional<LocalDate> of(ArticleIngested article) {
        if (article.publishedAt() != null) {
            return Optional.of(article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
        return Dateline.find(article.text());
    }

    /**
     * {@code article} with {@code publishedAt} set to its dateline's day (midnight UTC) when ingest gave none, and
     * {@value #SOURCE_KEY} = {@code dateline} in its metadata; unchanged otherwise.
     */
    public static ArticleIngested filledIn(ArticleIngested article) {
        if (article.publishedAt() != null) {
            return article;
        }
        Optional<LocalDate> dateline = Dateline.find(article.text());
        if (dateline.isEmpty()) {
            return article;
        }
        Map<String, String> metadata = new HashMap<>(article.metadata() == null ? Map.of() : article.metadata());
        metadata.put(SOURCE_KEY, "dateline");
        return new ArticleIngested(article.schemaVersion(), article.id(), article.sha256(), article.title(),
                article.text(), article.source(), article.url(), dateline.get().atStartOfDay(ZoneOffset.UTC).toInstant(),
                article.fileName(), article.contentType(), article.receivedAt(), Map.copyOf(metadata));
    }
}
