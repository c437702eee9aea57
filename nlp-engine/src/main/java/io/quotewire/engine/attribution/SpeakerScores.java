package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * How much each kind of evidence counts when several propose a speaker for the same quote: the one place where the
 * candidates of every {@link SpeakerEvidence} are weighed against each other, and the best is chosen.
 */
public final class SpeakerScores {

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

    /** The names of the features {@link #features} gives each candidate: one per kind of evidence, then the rest. */
    public static final List<String> FEATURES = featureNames();

    /**
     * The features of a candidate: which kind of evidence proposed it, whether its words resolved to a named entity,
     * are a pronoun, or stay a common noun, and how far its cue word is from the quote (in tens of tokens).
     */
    static double[] features(SpeakerCandidate candidate, SpeakerMatch speaker, QuoteTokens quote) {
        Evidence[] kinds = Evidence.values();
        double[] f = new double[FEATURES.size()];
        f[candidate.evidence().ordinal()] = 1;
        f[kinds.length] = speaker.entity() >= 0 ? 1 : 0;
        f[kinds.length + 1] = speaker.pronoun() ? 1 : 0;
        f[kinds.length + 2] = speaker.entity() < 0 && !speaker.pronoun() ? 1 : 0;
        int cue = candidate.cueToken();
        int distance = cue < 0 ? 0 : cue > quote.close() ? cue - quote.close() : Math.max(0, quote.open() - cue);
        f[kinds.length + 3] = distance / 10.0;
        return f;
    }

    private static List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (Evidence kind : Evidence.values()) {
            names.add("evidence." + kind.name());
        }
        names.addAll(List.of("named", "pronoun", "common-noun", "cue-distance-tens"));
        return List.copyOf(names);
    }

    /** A candidate together with the speaker it resolves to and its score. */
    record Scored(SpeakerCandidate candidate, SpeakerMatch speaker, double score) {}

    /**
     * The score of {@code candidate}, whose words resolve to {@code speaker}: by the kind of evidence, set by hand in
     * the order of its strength. Weights fitted on PolNeAR's train split over {@link #features} (FitSpeakerScores)
     * pick a different candidate for 0.5% of the contested quotes and did not do better on the dev sets, so these stay.
     */
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
