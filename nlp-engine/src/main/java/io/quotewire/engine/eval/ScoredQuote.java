package io.quotewire.engine.eval;

import java.util.List;

/**
 * A quote as scored: gold or predicted, reduced to span, type and speaker.
 *
 * @param type direct, mixed or indirect (our partial counts as mixed)
 * @param speaker the speaker's name, null when unknown
 * @param speakerSpans where the text names the speaker (gold may list several; empty when not given)
 * @param pieces how many separate spans the quote has (PolNeAR joins "“…,” said X, “…”" into one quote of two)
 */
public record ScoredQuote(Span span, String type, String speaker, List<Span> speakerSpans, int pieces) {

    /** A quote in one piece. */
    public ScoredQuote(Span span, String type, String speaker, List<Span> speakerSpans) {
        this(span, type, speaker, speakerSpans, 1);
    }
}
