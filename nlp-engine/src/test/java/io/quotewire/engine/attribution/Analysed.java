package io.quotewire.engine.attribution;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.TextAnalysis;
import java.util.List;
import java.util.Optional;

/** A text with its analysis, and lookups that keep test assertions short. */
record Analysed(String text, TextAnalysis analysis) {

    List<AttributedQuote> quotes() {
        return analysis.quotes();
    }

    /** The one quote whose text contains {@code snippet}; fails when there is none or several. */
    AttributedQuote quote(String snippet) {
        List<AttributedQuote> found = quotes().stream().filter(q -> q.text().contains(snippet)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one quote containing «" + snippet + "» but found " + found.size()
                    + " among " + quotes());
        }
        return found.get(0);
    }

    /** The one quote of {@code kind} whose text contains {@code snippet} (a term may sit inside reported speech). */
    AttributedQuote quote(String snippet, io.quotewire.engine.model.QuoteKind kind) {
        List<AttributedQuote> found = quotes().stream().filter(q -> q.kind() == kind && q.text().contains(snippet))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " containing «" + snippet + "» but found " + found.size()
                    + " among " + quotes());
        }
        return found.get(0);
    }

    String speakerOf(String snippet) {
        AttributedQuote q = quote(snippet);
        return q.speaker() == null ? null : q.speaker().name();
    }

    Optional<CanonicalEntity> entity(String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The entity a mention with exactly this text at or after {@code from} belongs to. */
    CanonicalEntity entityOfMention(String mentionText, int from) {
        String key = analysis.mentions().stream()
                .filter(m -> m.text().equals(mentionText) && m.start() >= from)
                .findFirst().orElseThrow(() -> new AssertionError("no mention " + mentionText + " after " + from))
                .entityKey();
        return analysis.entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }
}
