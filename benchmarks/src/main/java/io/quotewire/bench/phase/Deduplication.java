package io.quotewire.bench.phase;

/**
 * What query-service's copy and repeated-quote detection cost and found while the store was filled to a size.
 *
 * @param p50Millis median time per stored article (its lock wait included), over query-service's last minutes
 * @param p99Millis 99th percentile of the same
 * @param copiesFound articles stored as a copy during the filling
 * @param copiesPlanted wire copies among the articles published during the filling
 * @param repeatedQuotes quotes stored as repeats during the filling
 */
public record Deduplication(double p50Millis, double p99Millis, long copiesFound, long copiesPlanted,
        long repeatedQuotes) {}
