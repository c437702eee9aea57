package io.quotewire.bench.report;

import io.quotewire.bench.stats.LatencySummary;
import java.util.Locale;

/** Number formats shared by the table's cells. */
public final class Format {

    private Format() {}

    /** Thousands separated, no decimals: 12,345. */
    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Two decimals: 0.12. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Milliseconds, one decimal below 100 ms: 7.4 ms, 1,234 ms. */
    public static String millis(double value) {
        return value < 100 ? String.format(Locale.ROOT, "%.1f ms", value) : count(value) + " ms";
    }

    /** "p50 a / p95 b / p99 c (n=N)". */
    public static String percentiles(LatencySummary summary) {
        return "p50 " + millis(summary.p50()) + " / p95 " + millis(summary.p95()) + " / p99 " + millis(summary.p99())
                + " (n=" + summary.count() + ")";
    }

    /** "p50 a / p99 b". */
    public static String p50p99(LatencySummary summary) {
        return "p50 " + millis(summary.p50()) + " / p99 " + millis(summary.p99());
    }
}
