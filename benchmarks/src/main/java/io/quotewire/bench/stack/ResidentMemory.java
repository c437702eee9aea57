package io.quotewire.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident memory: {@code VmRSS} from {@code /proc/<pid>/status}. */
public final class ResidentMemory {

    private ResidentMemory() {}

    /** VmRSS in MB, empty when the process is gone or unreadable. */
    public static OptionalLong megabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone between two samples: nothing to report.
        }
        return OptionalLong.empty();
    }
}
