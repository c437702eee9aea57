package io.quotewire.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by processes, from {@code /proc/<pid>/stat} (user + system, in clock ticks of 10 ms), each process
 * counted with its children: PostgreSQL serves every connection from a child of the server process.
 */
public final class CpuTimes {

    private static final double SECONDS_PER_TICK = 0.01;

    private CpuTimes() {}

    /** CPU seconds used so far by each named process and its children; processes that are gone count 0. */
    public static Map<String, Double> snapshot(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<long[]> table = processTable();
        pids.forEach((name, pid) -> seconds.put(name, ticksOfTree(pid, table) * SECONDS_PER_TICK));
        return seconds;
    }

    /** What each process used between two snapshots, in CPU seconds. */
    public static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
        return used;
    }

    private static long ticksOfTree(long root, List<long[]> table) {
        long ticks = 0;
        for (long[] process : table) {
            if (process[0] == root || process[1] == root) {
                ticks += process[2];
            }
        }
        return ticks;
    }

    /** pid, parent pid and CPU ticks of every visible process. */
    private static List<long[]> processTable() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuTimes::read).filter(row -> row != null).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long[] read(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            // After the name: state(0) ppid(1) ... utime(11) stime(12)
            return new long[] {pid, Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
