package io.quotewire.bench.stats;

/** The distribution of a set of latencies, in milliseconds. */
public record LatencySummary(int count, double p50, double p95, double p99, double max, double mean) {}
