package io.quotewire.bench.report;

/**
 * One line of the results table.
 *
 * @param section the numbered figure it belongs to (1–6)
 * @param name what was measured
 * @param value the measurement, formatted with its unit
 * @param goal the goal for it, or empty when it has none
 * @param verdict whether the goal was met
 */
public record Figure(int section, String name, String value, String goal, Verdict verdict) {

    /** A figure without a goal. */
    public static Figure info(int section, String name, String value) {
        return new Figure(section, name, value, "", Verdict.INFO);
    }

    /** A figure measured against a goal. */
    public static Figure against(int section, String name, String value, String goal, boolean met) {
        return new Figure(section, name, value, goal, met ? Verdict.MET : Verdict.MISSED);
    }
}
