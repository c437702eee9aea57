package io.quotewire.nlp.eval;

import java.util.List;

/**
 * A quote as scored: gold or predicted, reduced to span, type and speaker.
 *
 * @param type direct, mixed or indirect (our partial counts as mixed)
 * @param speaker the speaker's name, null when unknown
 * @param speakerSpans where the text names the speaker (gold may list several; empty when not given)
 */
public record ScoredQuote(Span span, String type, String speaker, List<Span> speakerSpans) {}
