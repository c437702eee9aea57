package io.quotewire.bench.report;

/** Whether a figure met the goal; INFO for figures without one, NOT_MEASURED when a step failed. */
public enum Verdict {
    MET("met"),
    MISSED("**missed**"),
    INFO(""),
    NOT_MEASURED("not measured");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
