package io.quotewire.engine.model;

import java.util.List;

/**
 * A quotation or reported statement found in an article, {@code [start, end)} into the article text.
 *
 * @param cue the words that attribute it ("said", "according to"), null when none
 * @param confidence 0–1, from the evidence that found the speaker
 * @param speaker null for terms and for quotes nobody is credited with
 * @param references the pronouns inside it that stand for another entity of the article, in text order; never null
 */
public record AttributedQuote(
        String text,
        int start,
        int end,
        QuoteKind kind,
        String cue,
        double confidence,
        Speaker speaker,
        List<EntityReference> references) {

    public AttributedQuote {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A quote whose references are not known yet. */
    public AttributedQuote(String text, int start, int end, QuoteKind kind, String cue, double confidence,
            Speaker speaker) {
        this(text, start, end, kind, cue, confidence, speaker, List.of());
    }

    /** This quote with {@code references} instead of its own. */
    public AttributedQuote withReferences(List<EntityReference> references) {
        return new AttributedQuote(text, start, end, kind, cue, confidence, speaker, references);
    }
}
