package io.quotewire.engine.eval;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import io.quotewire.engine.model.TextAnalysis;
import java.util.ArrayList;
import java.util.List;

/** Turns the engine's quotes into scored quotes: direct stays direct, partial becomes mixed, terms are dropped. */
public final class PredictionMapper {

    /** The speech quotes of {@code analysis} in the gold sets' vocabulary. */
    public List<ScoredQuote> map(TextAnalysis analysis) {
        List<ScoredQuote> result = new ArrayList<>();
        for (AttributedQuote q : analysis.quotes()) {
            if (q.kind() == QuoteKind.TERM) {
                continue;
            }
            String speaker = q.speaker() == null ? null : q.speaker().name();
            List<Span> speakerSpans = q.speaker() == null ? List.of()
                    : List.of(new Span(q.speaker().mentionStart(), q.speaker().mentionEnd()));
            result.add(new ScoredQuote(new Span(q.start(), q.end()), typeOf(q.kind()), speaker, speakerSpans));
        }
        return result;
    }

    static String typeOf(QuoteKind kind) {
        return switch (kind) {
            case DIRECT -> "direct";
            case PARTIAL -> "mixed";
            case INDIRECT -> "indirect";
            case TERM -> "term";
        };
    }
}
