package io.quotewire.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** A process of the stack the {@link Supervisor} can restart: the run it is on now, and the log it writes. */
public abstract class ChildProcess implements Supervised, AutoCloseable {

    private final Path logFile;
    // Replaced by the supervisor's thread when it restarts the process.
    private volatile Process process;

    protected ChildProcess(Path logFile) {
        this.logFile = logFile;
    }

    /** Makes {@code started} the current run. */
    protected final void running(Process started) {
        this.process = started;
    }

    /** The current run; null before the first start. */
    protected final Process process() {
        return process;
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The running process's id, for tests that kill it; empty when it is not running. */
    public OptionalLong pid() {
        Process running = process;
        return running != null && running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
    }

    @Override
    public boolean awaitExit(Duration timeout) {
        Process running = process;
        if (running == null) {
            return true;
        }
        try {
            return running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !running.isAlive();
        }
    }

    @Override
    public String exitDescription() {
        Process running = process;
        if (running == null) {
            return "was not started";
        }
        if (running.isAlive()) {
            return "is running";
        }
        int code = running.exitValue();
        // The JVM reports a process ended by signal N as exit code 128 + N.
        return code > 128 && code < 160 ? "exited with code %d (killed by signal %d)".formatted(code, code - 128)
                : "exited with code " + code;
    }

    @Override
    public void stop() {
        ChildJvm.stop(process);
    }

    @Override
    public void close() {
        stop();
    }
}
