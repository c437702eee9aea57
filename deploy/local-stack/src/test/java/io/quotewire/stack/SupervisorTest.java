package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor restarts real child processes (the operating system's {@code sleep}, or a command that exits at
 * once) when they are killed, exit or answer their liveness probe DOWN, with a back-off that doubles in a row, and
 * prints each restart.
 */
@Tag("no-shared-servers")
class SupervisorTest {

    private static final RestartPolicy FAST = new RestartPolicy(Duration.ofMillis(100), 3, Duration.ofMillis(100),
            Duration.ofMillis(400), Duration.ofMinutes(1), Duration.ofSeconds(10));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path logs;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Supervisor supervisor = new Supervisor(new PrintStream(printed, true, StandardCharsets.UTF_8), FAST);
    private ChildProcessUnderTest child;

    @AfterEach
    void stop() {
        supervisor.close();
        if (child != null) {
            child.stop();
        }
    }

    @Test
    void aKilledProcessIsStartedAgainAndTheRestartIsPrinted() {
        child = new ChildProcessUnderTest("sleeper", List.of("sleep", "600"));
        child.start();
        supervisor.watch(child);
        long firstPid = child.process().pid();

        child.process().destroyForcibly();

        Awaitility.await().atMost(WAIT).until(() -> child.starts.get() == 2 && output().contains("ready again"));
        assertThat(child.process().isAlive()).isTrue();
        assertThat(child.process().pid()).isNotEqualTo(firstPid);
        assertThat(supervisor.restarts("sleeper")).isEqualTo(1);
        assertThat(output()).contains("! sleeper exited with code 137 (killed by signal 9); restarting it in 0.1 s "
                + "(restart 1; log of the run that stopped: " + logs.resolve("sleeper.previous.log") + ")")
                .contains("✓ sleeper ready again after");
        assertThat(logs.resolve("sleeper.previous.log")).exists();
    }

    @Test
    void aProcessWhoseLivenessStaysDownIsStoppedAndStartedAgain() {
        child = new ChildProcessUnderTest("hung", List.of("sleep", "600"));
        child.start();
        supervisor.watch(child);
        long firstPid = child.process().pid();

        child.live.set(false);

        Awaitility.await().atMost(WAIT).until(() -> child.starts.get() == 2);
        assertThat(child.process().pid()).isNotEqualTo(firstPid);
        assertThat(output()).contains("! hung answered its liveness probe DOWN 3 times in a row; restarting it");
    }

    @Test
    void aProcessThatKeepsExitingIsRestartedLaterEachTimeUpToTheCap() {
        child = new ChildProcessUnderTest("crasher", List.of("false"));
        child.start();
        supervisor.watch(child);

        Awaitility.await().atMost(WAIT).until(() -> supervisor.restarts("crasher") >= 4);

        assertThat(output()).contains("! crasher exited with code 1; restarting it in 0.1 s (restart 1;",
                "restarting it in 0.2 s (restart 2;", "restarting it in 0.4 s (restart 3;",
                "restarting it in 0.4 s (restart 4;");
    }

    @Test
    void nothingIsRestartedOnceTheSupervisorIsClosed() throws Exception {
        child = new ChildProcessUnderTest("stopped", List.of("sleep", "600"));
        child.start();
        supervisor.watch(child);

        supervisor.close();
        child.process().destroyForcibly().waitFor();
        Thread.sleep(FAST.probePeriod().multipliedBy(5).toMillis());

        assertThat(child.starts.get()).isEqualTo(1);
        assertThat(output()).isEmpty();
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        RestartPolicy policy = RestartPolicy.localStack();

        assertThat(List.of(policy.backoff(1), policy.backoff(2), policy.backoff(3), policy.backoff(6),
                policy.backoff(7), policy.backoff(50))).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** A real child process, ready as soon as it runs, whose liveness the test decides. */
    private final class ChildProcessUnderTest extends ChildProcess {

        private final String name;
        private final List<String> command;
        private final AtomicInteger starts = new AtomicInteger();
        private final AtomicBoolean live = new AtomicBoolean(true);

        ChildProcessUnderTest(String name, List<String> command) {
            super(logs.resolve(name + ".log"));
            this.name = name;
            this.command = command;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {
            try {
                running(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile().toFile()).start());
                starts.incrementAndGet();
                live.set(true);
            } catch (IOException e) {
                throw new StackException("could not start " + command, e);
            }
        }

        @Override
        public void awaitReady(Duration timeout) {
            if (!isAlive() && process().exitValue() != 0) {
                throw new StackException(name + " exited while starting");
            }
        }

        @Override
        public boolean isLive() {
            return live.get();
        }
    }
}
