package io.quotewire.query.domain;

/**
 * A quote inside its article, {@code [start, end)} in the article text; {@code speaker} is null when nobody said it.
 *
 * @param repeatOf the article where this quote was first said, when it is a repeat; null for a first occurrence
 */
public record QuoteView(
        long id, String text, int start, int end, String kind, String cue, double confidence, SpeakerView speaker,
        ArticleRef repeatOf) {}
