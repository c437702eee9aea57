package io.quotewire.engine.attribution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each kind of evidence counts when several propose a speaker for the same quote: the one place where the
 * candidates of every {@link SpeakerEvidence} are weighed against each other, and the best is chosen.
 */
final class SpeakerScores {

    private static final Map<Evidence, Double> WEIGHTS = new EnumMap<>(Map.of(
            Evidence.CUE_AFTER, 6.0,
            Evidence.CUE_BEFORE, 5.0,
            Evidence.CUE_INVERTED, 5.0,
            Evidence.CUE_APPOSITIVE, 5.0,
            Evidence.SAME_SENTENCE, 4.0,
            Evidence.CLAUSE_SUBJECT, 3.0,
            Evidence.COLON_INTRO, 2.5,
            Evidence.CONTINUATION, 2.0,
            Evidence.PREVIOUS_SENTENCE, 1.0,
            Evidence.REPORTED, 1.0));

    /** A candidate together with the speaker it resolves to and its score. */
    record Scored(SpeakerCandidate candidate, SpeakerMatch speaker, double score) {}

    /** The score of {@code candidate}, whose words resolve to {@code speaker}. */
    double score(SpeakerCandidate candidate, SpeakerMatch speaker) {
        return WEIGHTS.get(candidate.evidence());
    }

    /** The highest-scoring of {@code scored}, or null when it is empty; ties go to the first. */
    static Scored best(List<Scored> scored) {
        Scored best = null;
        for (Scored s : scored) {
            if (best == null || s.score() > best.score()) {
                best = s;
            }
        }
        return best;
    }
}
