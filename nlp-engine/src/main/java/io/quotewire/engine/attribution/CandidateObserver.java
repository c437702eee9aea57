package io.quotewire.engine.attribution;

import java.util.List;

/**
 * Sees what the engine weighed for each marked quote — every candidate speaker with its features and whether it won —
 * so that a tool can fit the weights of {@link SpeakerScores} on an annotated training set.
 */
public interface CandidateObserver {

    /** The candidates for the marked quote at {@code [quoteStart, quoteEnd)} of the text, in the order weighed. */
    void weighed(int quoteStart, int quoteEnd, List<WeighedCandidate> candidates);

    /**
     * One candidate speaker of a quote.
     *
     * @param mentionStart where the words naming the candidate begin in the text (for a carried speaker, its mention)
     * @param features the candidate's feature values, in the order of {@link SpeakerScores#FEATURES}
     */
    record WeighedCandidate(int mentionStart, int mentionEnd, double[] features, boolean chosen) {}
}
