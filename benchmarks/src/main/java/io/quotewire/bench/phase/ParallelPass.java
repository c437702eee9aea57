package io.quotewire.bench.phase;

/**
 * One timing of raw CoreNLP annotating the corpus with several threads.
 *
 * @param seconds wall time
 * @param cpuSeconds CPU seconds the driver's process used meanwhile (user + system, all its threads)
 */
record ParallelPass(double seconds, double cpuSeconds) {}
