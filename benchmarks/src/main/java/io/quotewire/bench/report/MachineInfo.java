package io.quotewire.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The machine a run measured: cores, memory, Java, and the load average (other work sharing the cores).
 *
 * @param loadAverage the 1-minute load average when the run started; above the core count, others compete for CPU
 */
public record MachineInfo(int cores, long memoryMb, String java, String os, double loadAverage, Instant date) {

    /** This machine, now. */
    public static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), currentLoadAverage(), Instant.now());
    }

    /** The 1-minute load average from {@code /proc/loadavg}, or NaN where there is none. */
    public static double currentLoadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** One line for the table's heading. */
    public String describe() {
        return String.format(Locale.ROOT, "%d cores, %,d MB RAM, %s, %s; load average %.1f at start", cores,
                memoryMb, java, os, loadAverage);
    }

    private static long totalMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the table says 0 rather than guessing.
        }
        return 0;
    }
}
