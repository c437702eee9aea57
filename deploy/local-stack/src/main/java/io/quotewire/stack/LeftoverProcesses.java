package io.quotewire.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops processes an earlier launcher of the same data directory left behind when it was killed without a chance
 * to clean up (kill -9, a closed terminal): its tagged child JVMs and its PostgreSQL server.
 */
public final class LeftoverProcesses {

    private LeftoverProcesses() {}

    /** Stops the leftovers and returns a description of each one stopped. */
    public static List<String> stop(Path dataDir, Path postgresDataDir) {
        String marker = "-D" + ChildJvm.STACK_MARKER + "=" + dataDir;
        List<String> stopped = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                // Not info().arguments(): the JDK leaves it empty for command lines over 4 KB, while commandLine()
                // still holds their start, where ChildJvm puts the marker.
                .filter(process -> process.info().commandLine()
                        .map(line -> (" " + line + " ").contains(" " + marker + " ")).orElse(false))
                .forEach(process -> {
                    terminate(process);
                    stopped.add("java process " + process.pid());
                });
        postmaster(postgresDataDir).ifPresent(process -> {
            terminate(process);
            stopped.add("PostgreSQL " + process.pid());
        });
        return stopped;
    }

    /** The live server named in the data directory's postmaster.pid, if that process is a postgres. */
    private static Optional<ProcessHandle> postmaster(Path postgresDataDir) {
        Path pidFile = postgresDataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
