package io.quotewire.bench.stats;

/** Elapsed wall-clock time from a start, in milliseconds with sub-millisecond precision. */
public final class Stopwatch {

    private final long started = System.nanoTime();

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public double millis() {
        return (System.nanoTime() - started) / 1e6;
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
