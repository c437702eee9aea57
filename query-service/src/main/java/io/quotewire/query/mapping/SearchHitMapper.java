package io.quotewire.query.mapping;

import io.quotewire.query.domain.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a row of the full-text search into a {@link SearchHit}. */
@ApplicationScoped
public class SearchHitMapper {

    private final SnippetMarkup markup;

    public SearchHitMapper(SnippetMarkup markup) {
        this.markup = markup;
    }

    /** Maps a row {@code kind, article_id, title, quote_id, speaker_name, snippet, rank, …}. */
    public SearchHit toHit(Object[] row) {
        Long quoteId = row[3] == null ? null : ((Number) row[3]).longValue();
        return new SearchHit((String) row[0], (String) row[1], (String) row[2], quoteId, (String) row[4],
                markup.toHtml((String) row[5]), ((Number) row[6]).doubleValue());
    }
}
