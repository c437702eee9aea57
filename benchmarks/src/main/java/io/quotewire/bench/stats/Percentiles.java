package io.quotewire.bench.stats;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles: the p-th percentile is the smallest sample with at least p% of samples at or below it. */
public final class Percentiles {

    private final double[] sorted;

    public Percentiles(Collection<Double> samples) {
        this.sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    public Percentiles(double... samples) {
        this.sorted = samples.clone();
        Arrays.sort(this.sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The {@code p}-th percentile ({@code 0 < p <= 100}); NaN when there are no samples. */
    public double at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    public double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElseThrow();
    }

    /** p50, p95, p99, max and mean in one record. */
    public LatencySummary summary() {
        return new LatencySummary(count(), at(50), at(95), at(99), max(), mean());
    }
}
