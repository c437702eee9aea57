package io.quotewire.query.domain;

/** A quote inside its article, {@code [start, end)} in the article text; {@code speaker} is null when nobody said it. */
public record QuoteView(
        long id, String text, int start, int end, String kind, String cue, double confidence, SpeakerView speaker) {}
