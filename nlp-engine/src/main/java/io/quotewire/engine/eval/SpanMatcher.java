package io.quotewire.engine.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted with gold quotes one-to-one: a pair counts when the spans overlap by at least half of the shorter
 * span; larger overlaps are paired first.
 */
public final class SpanMatcher {

    /** The minimum overlap, as a share of the shorter span. */
    public static final double MIN_OVERLAP = 0.5;

    /** A matched pair of indices into the gold and predicted lists. */
    public record Match(int gold, int predicted) {}

    /** One-to-one matches between {@code gold} and {@code predicted}. */
    public List<Match> match(List<ScoredQuote> gold, List<ScoredQuote> predicted) {
        record Candidate(int gold, int predicted, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Span a = gold.get(g).span();
                Span b = predicted.get(p).span();
                int overlap = a.overlap(b);
                int shorter = Math.min(a.length(), b.length());
                if (shorter > 0 && overlap >= MIN_OVERLAP * shorter) {
                    candidates.add(new Candidate(g, p, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !predictedUsed[c.predicted()]) {
                goldUsed[c.gold()] = true;
                predictedUsed[c.predicted()] = true;
                matches.add(new Match(c.gold(), c.predicted()));
            }
        }
        return matches;
    }
}
