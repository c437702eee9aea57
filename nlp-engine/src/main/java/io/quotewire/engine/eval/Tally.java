package io.quotewire.engine.eval;

/** Predicted and gold counts of one measure, with the precision, recall and F1 they give. */
public final class Tally {

    private int predicted;
    private int predictedMatched;
    private int gold;
    private int goldMatched;

    void addPredicted(boolean matched) {
        predicted++;
        predictedMatched += matched ? 1 : 0;
    }

    void addGold(boolean matched) {
        gold++;
        goldMatched += matched ? 1 : 0;
    }

    public int predicted() {
        return predicted;
    }

    public int predictedMatched() {
        return predictedMatched;
    }

    public int gold() {
        return gold;
    }

    public int goldMatched() {
        return goldMatched;
    }

    /** Share of predictions that matched a gold quote. */
    public double precision() {
        return predicted == 0 ? 0 : (double) predictedMatched / predicted;
    }

    /** Share of gold quotes a prediction matched. */
    public double recall() {
        return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
