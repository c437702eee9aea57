package io.quotewire.query.domain;

/** A quote in a list across articles, with the article it comes from. */
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
        SpeakerView speaker) {}
