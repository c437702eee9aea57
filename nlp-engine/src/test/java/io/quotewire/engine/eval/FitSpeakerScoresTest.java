package io.quotewire.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quotewire.engine.attribution.SpeakerScores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weight fit learns which feature marks the right candidate, and then chooses by it. */
class FitSpeakerScoresTest {

    private static final int N = SpeakerScores.FEATURES.size();

    @Test
    void theFeatureOfTheRightCandidatesGetsTheHigherWeight() {
        List<FitSpeakerScores.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // The right candidate always has feature 1; the wrong one feature 0, and both share feature 2.
            choices.add(new FitSpeakerScores.Choice(List.of(feature(0, 2), feature(1, 2)), List.of(false, true), 0));
        }
        double[] weights = FitSpeakerScores.fit(choices);

        assertTrue(weights[1] > weights[0], "right feature " + weights[1] + " vs wrong " + weights[0]);
        assertEquals(1, FitSpeakerScores.argmax(choices.get(0), weights));
    }

    private static double[] feature(int... on) {
        double[] f = new double[N];
        for (int i : on) {
            f[i] = 1;
        }
        return f;
    }
}
