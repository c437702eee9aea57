package io.quotewire.bench.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Samples each service's resident memory twice a second while a load runs, keeping the highest value seen. */
public final class MemorySampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 500;

    private final Map<String, Long> pids;
    private final Map<String, Long> peakMb = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts sampling at once. @param pids service name → pid */
    public MemorySampler(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
        this.thread = new Thread(this::loop, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Current resident memory of each service, in MB. */
    public static Map<String, Long> snapshot(Map<String, Long> pids) {
        Map<String, Long> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ResidentMemory.megabytes(pid).ifPresent(mb -> now.put(name, mb)));
        return now;
    }

    /** Highest resident memory seen per service so far, in MB. */
    public Map<String, Long> peaks() {
        sample();
        return new LinkedHashMap<>(peakMb);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        snapshot(pids).forEach((name, mb) -> peakMb.merge(name, mb, Math::max));
    }
}
