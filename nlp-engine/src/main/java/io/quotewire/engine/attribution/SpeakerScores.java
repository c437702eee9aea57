package io.quotewire.engine.attribution;

import java.util.List;

/**
 * How much each kind of evidence counts when several propose a speaker for the same quote: the one place where the
 * candidates of every {@link SpeakerEvidence} are weighed against each other, and the best is chosen.
 */
final class SpeakerScores {

    /** How much a kind of evidence counts; every kind must have a weight (the switch is exhaustive). */
    private static double weight(Evidence evidence) {
        return switch (evidence) {
            case CUE_AFTER -> 6.0;
            case CUE_BEFORE, CUE_INVERTED, CUE_APPOSITIVE -> 5.0;
            case SAME_SENTENCE -> 4.0;
            case CLAUSE_SUBJECT -> 3.0;
            case COLON_INTRO -> 2.5;
            case CONTINUATION -> 2.0;
            case PREVIOUS_SENTENCE, REPORTED -> 1.0;
            case SALIENT_PERSON -> 0.5;
        };
    }

    /** A candidate together with the speaker it resolves to and its score. */
    record Scored(SpeakerCandidate candidate, SpeakerMatch speaker, double score) {}

    /** The score of {@code candidate}, whose words resolve to {@code speaker}. */
    double score(SpeakerCandidate candidate, SpeakerMatch speaker) {
        return weight(candidate.evidence());
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
