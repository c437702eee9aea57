package io.quotewire.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local stack of its own for the run: {@code ./quotewire up --no-seeds} (the local-stack launcher) as a child
 * process, from a snapshot of the packaged apps, on the benchmark's ports and in a fresh data folder, stopped with
 * the run.
 */
public final class LauncherStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process launcher;
    private final Path log;

    private LauncherStack(Process launcher, Path log) {
        this.launcher = launcher;
        this.log = log;
    }

    /**
     * Snapshots the packaged apps into {@code workDir/apps}, starts the launcher from there with a fresh data folder
     * {@code workDir/data}, and waits until the three services are ready.
     */
    public static LauncherStack start(Path projectRoot, Path workDir, StackTarget target, int controllerPort,
            int postgresPort) throws InterruptedException {
        Path apps = AppSnapshot.take(projectRoot, workDir.resolve("apps"));
        Path launcherJar = apps.resolve("deploy/local-stack/target/quotewire-launcher.jar");
        Path dataDir = workDir.resolve("data");
        AppSnapshot.delete(dataDir);
        Path log = workDir.resolve("launcher.log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m",
                "-Dquotewire.home=" + apps, "-jar", launcherJar.toString(), "up", "--no-seeds",
                "--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(target.kafkaPort()),
                "--kafka-controller-port", String.valueOf(controllerPort),
                "--postgres-port", String.valueOf(postgresPort),
                "--query-port", String.valueOf(target.queryPort()),
                "--ingest-port", String.valueOf(target.ingestPort()),
                "--nlp-port", String.valueOf(target.nlpPort())));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // The figures are the services' capacity, not the per-client write limit; the launcher's children
            // inherit this environment.
            builder.environment().put("QUOTEWIRE_SECURITY_RATE_LIMIT_ENABLED", "false");
            Process process = builder.start();
            LauncherStack stack = new LauncherStack(process, log);
            stack.awaitReady(target);
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local-stack launcher", e);
        }
    }

    /** The launcher's output, where a failed start explains itself. */
    public Path log() {
        return log;
    }

    /** Stops the launcher gracefully (its shutdown hook stops services, broker and database), then forcibly. */
    @Override
    public void close() {
        if (!launcher.isAlive()) {
            return;
        }
        launcher.destroy();
        try {
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.destroyForcibly();
        }
    }

    private void awaitReady(StackTarget target) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> probes = List.of(target.queryUrl(), target.ingestUrl(), target.nlpUrl());
        for (String base : probes) {
            while (!answers200(base + "/q/health/ready")) {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException("The local stack did not start; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("The local stack was not ready within "
                            + READY_TIMEOUT.toMinutes() + " min; see " + log);
                }
                Thread.sleep(500);
            }
        }
    }

    private static boolean answers200(String url) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
