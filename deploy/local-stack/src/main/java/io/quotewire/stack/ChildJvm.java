package io.quotewire.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a child JVM tagged with the stack's data directory, and stops it politely, then firmly. */
public final class ChildJvm {

    /**
     * System property on every child's command line, so leftovers of a killed launcher can be found. Not under
     * {@code quotewire.}: the services map that prefix strictly and refuse to start on a property they do not know.
     */
    static final String STACK_MARKER = "quotewire-stack";

    private static final Duration GRACE = Duration.ofSeconds(20);

    private ChildJvm() {}

    /** Command prefix {@code java -Dquotewire-stack=<dataDir> <jvmOptions...>} using the launcher's own Java. */
    public static List<String> command(Path dataDir, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + STACK_MARKER + "=" + dataDir);
        command.addAll(jvmOptions);
        return command;
    }

    /** Starts the command with stdout and stderr written to a fresh log file. */
    public static Process start(List<String> command, Path logFile) {
        return start(command, Map.of(), logFile);
    }

    /** Starts the command with {@code environment} added to the launcher's, output written to a fresh log file. */
    public static Process start(List<String> command, Map<String, String> environment, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new StackException("Could not start " + String.join(" ", command), e);
        }
    }

    /** Sends SIGTERM, waits for a clean exit, and kills the process if it does not come. */
    public static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of a log, to show why a child failed without sending the user digging. */
    public static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
