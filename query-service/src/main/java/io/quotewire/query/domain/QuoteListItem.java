package io.quotewire.query.domain;

import java.util.List;

/**
 * A quote in a list across articles, with the article it comes from (its first occurrence) and the other articles
 * the same speaker said it in.
 */
public record QuoteListItem(
        long id,
        String articleId,
        String articleTitle,
        String text,
        int start,
        int end,
        String kind,
        String cue,
        double confidence,
        SpeakerView speaker,
        List<ArticleRef> alsoIn) {}
