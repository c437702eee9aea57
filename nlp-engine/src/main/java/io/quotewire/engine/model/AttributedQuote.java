package io.quotewire.engine.model;

/**
 * A quotation or reported statement found in an article, {@code [start, end)} into the article text.
 *
 * @param cue the words that attribute it ("said", "according to"), null when none
 * @param confidence 0–1, from the evidence that found the speaker
 * @param speaker null for terms and for quotes nobody is credited with
 */
public record AttributedQuote(
        String text, int start, int end, QuoteKind kind, String cue, double confidence, Speaker speaker) {}
