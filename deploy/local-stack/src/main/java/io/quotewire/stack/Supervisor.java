package io.quotewire.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the stack's processes running, as Kubernetes keeps containers running: one that exits, or whose liveness
 * stays DOWN for {@link RestartPolicy#failureThreshold()} probes, is stopped and started again after a back-off that
 * grows with each restart in a row. Every restart, and every return to ready, is printed.
 */
public final class Supervisor implements AutoCloseable {

    private final PrintStream out;
    private final RestartPolicy policy;
    private final List<Thread> watchers = new ArrayList<>();
    private final Map<String, AtomicInteger> restarts = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public Supervisor(PrintStream out, RestartPolicy policy) {
        this.out = out;
        this.policy = policy;
    }

    /** Starts watching {@code target}, which must be running and ready. */
    public synchronized void watch(Supervised target) {
        restarts.putIfAbsent(target.name(), new AtomicInteger());
        Thread watcher = new Thread(() -> supervise(target), "supervise-" + target.name());
        watcher.setDaemon(true);
        watchers.add(watcher);
        watcher.start();
    }

    /** How often {@code name} was restarted so far. */
    public int restarts(String name) {
        AtomicInteger count = restarts.get(name);
        return count == null ? 0 : count.get();
    }

    /** Stops watching; restarts in progress end. The processes themselves are left to their owner to stop. */
    @Override
    public void close() {
        List<Thread> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(watchers);
        }
        all.forEach(Thread::interrupt);
        for (Thread watcher : all) {
            try {
                watcher.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void supervise(Supervised target) {
        int failedProbes = 0;
        int inARow = 0;
        Instant readySince = Instant.now();
        while (!closed) {
            String why;
            if (target.awaitExit(policy.probePeriod())) {
                why = target.exitDescription();
            } else if (closed) {
                return;
            } else if (target.isLive()) {
                failedProbes = 0;
                if (inARow > 0 && Duration.between(readySince, Instant.now()).compareTo(policy.resetAfter()) > 0) {
                    inARow = 0;
                }
                continue;
            } else if (++failedProbes < policy.failureThreshold()) {
                continue;
            } else {
                why = "answered its liveness probe DOWN " + failedProbes + " times in a row";
            }
            if (closed) {
                return;
            }
            inARow++;
            if (!restart(target, why, inARow, restarts.get(target.name()).incrementAndGet())) {
                return;
            }
            failedProbes = 0;
            readySince = Instant.now();
        }
    }

    /** Stops, waits out the back-off, starts and waits for ready; false once the supervisor is closed. */
    private boolean restart(Supervised target, String why, int inARow, int number) {
        Duration delay = policy.backoff(inARow);
        Path previous = previousLog(target.logFile());
        print("! %s %s; restarting it in %s (restart %d; log of the run that stopped: %s)", target.name(), why,
                seconds(delay), number, previous);
        target.stop();
        keep(target.logFile(), previous);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            return false;
        }
        if (closed) {
            return false;
        }
        Instant started = Instant.now();
        try {
            target.start();
            target.awaitReady(policy.readyTimeout());
            print("✓ %s ready again after %s (restart %d)", target.name(),
                    seconds(Duration.between(started, Instant.now())), number);
        } catch (StackException e) {
            if (closed) {
                return false;
            }
            // Not ready in time, or died while starting: the next round sees it and restarts it again, later.
            print("! %s did not come back after restart %d: %s", target.name(), number, firstLine(e.getMessage()));
        }
        return !closed;
    }

    /** Where a stopped run's log is kept, as {@code kubectl logs --previous} keeps it: {@code nlp-service.previous.log}. */
    static Path previousLog(Path log) {
        String name = log.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return log.resolveSibling(base + ".previous" + (dot < 0 ? "" : name.substring(dot)));
    }

    private static void keep(Path log, Path previous) {
        try {
            if (Files.exists(log)) {
                Files.move(log, previous, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The new run then overwrites the old log; losing it must not stop the restart.
        }
    }

    private void print(String format, Object... args) {
        out.println("  " + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
