package io.quotewire.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service running as a child JVM, logging to its own file, ready when its health says so. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Path logFile;
    private final Path stackDataDir;
    private Process process;

    public ServiceProcess(ServiceSpec spec, Path stackDataDir, Path logDir) {
        this.spec = spec;
        this.stackDataDir = stackDataDir;
        this.logFile = logDir.resolve(spec.name() + ".log");
    }

    public ServiceSpec spec() {
        return spec;
    }

    public Path logFile() {
        return logFile;
    }

    /** Starts {@code java <JVM options> -Dquarkus.http.port=.. -D.. -jar quarkus-run.jar}. */
    public void start() {
        List<String> command = new ArrayList<>(ChildJvm.command(stackDataDir, spec.jvmOptions()));
        command.add("-Dquarkus.http.port=" + spec.port());
        for (Map.Entry<String, String> property : spec.properties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        command.add("-jar");
        command.add(spec.jar().toString());
        process = ChildJvm.start(command, spec.environment(), logFile);
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails early when the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(spec.readinessUrl())).timeout(Duration.ofSeconds(3))
                .GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException(spec.name() + " exited with code " + process.exitValue()
                        + " while starting:\n" + ChildJvm.tail(logFile, 20) + "\n(full log: " + logFile + ")");
            }
            if (answers200(probe)) {
                return;
            }
            Pause.of(Duration.ofMillis(500));
        }
        throw new StackException(spec.name() + " was not ready within " + timeout.toSeconds() + " s ("
                + spec.readinessUrl() + "); see " + logFile);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Runs the action if the process ends on its own while the stack is up. */
    public void onUnexpectedExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    @Override
    public void close() {
        ChildJvm.stop(process);
    }

    private static boolean answers200(HttpRequest probe) {
        try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
