package io.quotewire.engine.eval;

/** A hit count over a total, such as speakers right over quotes matched. */
public final class Ratio {

    private int hits;
    private int total;

    void add(boolean hit) {
        total++;
        if (hit) {
            hits++;
        }
    }

    public int hits() {
        return hits;
    }

    public int total() {
        return total;
    }

    public double value() {
        return total == 0 ? 0 : (double) hits / total;
    }
}
