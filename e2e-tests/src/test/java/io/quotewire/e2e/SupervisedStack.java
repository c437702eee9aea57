package io.quotewire.e2e;

import io.quotewire.stack.LocalStack;
import io.quotewire.stack.PortGuard;
import io.quotewire.stack.RestartPolicy;
import io.quotewire.stack.StackSettings;
import io.quotewire.stack.StepClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * The local stack exactly as {@code ./quotewire up} runs it ({@link LocalStack}: its own broker, PostgreSQL and the
 * three packaged services, under its supervisor), on free ports and in a fresh data folder, started once per test
 * JVM for the ITs that kill its processes. What it prints (start-up steps, restarts) is kept for assertions.
 */
final class SupervisedStack {

    private static final Path WORK_DIR = RunningPipeline.ROOT.resolve("e2e-tests/target/e2e-supervised");
    private static final String KAFKA_CLASSPATH = RunningPipeline.ROOT.resolve("deploy/local-stack/target/lib") + "/*";

    private static SupervisedStack started;
    private static RuntimeException failedStart;

    final LocalStack stack;
    final StackSettings settings;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private SupervisedStack() {
        Path dataDir = WORK_DIR.resolve(UUID.randomUUID().toString().substring(0, 8));
        settings = new StackSettings(RunningPipeline.ROOT, dataDir, PortGuard.freePort(), PortGuard.freePort(),
                PortGuard.freePort(), PortGuard.freePort(), PortGuard.freePort(), PortGuard.freePort(), false);
        stack = new LocalStack(settings, KAFKA_CLASSPATH, RestartPolicy.localStack());
    }

    /** The running stack, started on first use; a failed start fails every later caller the same way. */
    static synchronized SupervisedStack get() {
        if (failedStart != null) {
            throw failedStart;
        }
        if (started == null) {
            SupervisedStack supervised = new SupervisedStack();
            Runtime.getRuntime().addShutdownHook(new Thread(supervised.stack::close, "stop-supervised-stack"));
            PrintStream out = supervised.printStream();
            try {
                supervised.stack.start(new StepClock(out), out);
            } catch (RuntimeException e) {
                failedStart = e;
                supervised.stack.close();
                throw e;
            }
            started = supervised;
        }
        return started;
    }

    /** Everything the stack printed so far: its start-up steps and its supervisor's restarts. */
    synchronized String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    String apiKey() {
        return stack.apiKey();
    }

    /** Kills {@code service} with SIGKILL, as the kernel's OOM killer or a node failure would. */
    void kill(String service) {
        long pid = stack.service(service).pid().orElseThrow(() -> new AssertionError(service + " is not running"));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
    }

    /** How often the supervisor printed that {@code service} was ready again after a restart. */
    int timesBackUp(String service) {
        String line = "✓ " + service + " ready again after";
        String all = printed();
        int count = 0;
        for (int at = all.indexOf(line); at >= 0; at = all.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }

    /** Waits until the supervisor printed {@code service} ready again for the {@code times}-th time. */
    void awaitBackUp(String service, int times, Duration timeout) {
        Awaitility.await(service + " back up (" + times + ")").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> timesBackUp(service) >= times);
    }

    /** Output that goes to this JVM's stdout (the failsafe report) and into {@link #printed()}. */
    private PrintStream printStream() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (SupervisedStack.this) {
                    printed.write(b);
                }
                System.out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (SupervisedStack.this) {
                    printed.write(bytes, offset, length);
                }
                System.out.write(bytes, offset, length);
            }
        };
        return new PrintStream(tee, true, StandardCharsets.UTF_8);
    }
}
