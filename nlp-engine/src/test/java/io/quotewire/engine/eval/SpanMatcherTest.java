package io.quotewire.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlap matching: half of the shorter span is enough, and each quote pairs at most once. */
class SpanMatcherTest {

    private final SpanMatcher matcher = new SpanMatcher();

    private static ScoredQuote quote(int start, int end) {
        return new ScoredQuote(new Span(start, end), "direct", null, List.of());
    }

    @Test
    void halfOfTheShorterSpanMatches() {
        assertThat(matcher.match(List.of(quote(0, 100)), List.of(quote(40, 60)))).hasSize(1);
        assertThat(matcher.match(List.of(quote(0, 10)), List.of(quote(5, 30)))).hasSize(1);
        assertThat(matcher.match(List.of(quote(0, 10)), List.of(quote(6, 30)))).isEmpty();
        assertThat(matcher.match(List.of(quote(0, 10)), List.of(quote(10, 20)))).isEmpty();
    }

    @Test
    void matchingIsOneToOneAndPrefersTheLargerOverlap() {
        List<SpanMatcher.Match> matches = matcher.match(List.of(quote(0, 100)), List.of(quote(0, 20), quote(0, 90)));
        assertThat(matches).containsExactly(new SpanMatcher.Match(0, 1));
    }
}
