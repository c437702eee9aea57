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
public final class ServiceProcess extends ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // Kubernetes' default probe timeout is 1 s; a JVM on two busy cores may pause longer while collecting.
    private static final Duration LIVENESS_TIMEOUT = Duration.ofSeconds(3);

    private final ServiceSpec spec;
    private final Path stackDataDir;

    public ServiceProcess(ServiceSpec spec, Path stackDataDir, Path logDir) {
        super(logDir.resolve(spec.name() + ".log"));
        this.spec = spec;
        this.stackDataDir = stackDataDir;
    }

    public ServiceSpec spec() {
        return spec;
    }

    @Override
    public String name() {
        return spec.name();
    }

    /** Starts {@code java <JVM options> -Dquarkus.http.port=.. -D.. -jar quarkus-run.jar}. */
    @Override
    public void start() {
        List<String> command = new ArrayList<>(ChildJvm.command(stackDataDir, spec.jvmOptions()));
        command.add("-Dquarkus.http.port=" + spec.port());
        for (Map.Entry<String, String> property : spec.properties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        command.add("-jar");
        command.add(spec.jar().toString());
        running(ChildJvm.start(command, spec.environment(), logFile()));
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails early when the process dies. */
    @Override
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(spec.readinessUrl())).timeout(Duration.ofSeconds(3))
                .GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new StackException(spec.name() + " " + exitDescription() + " while starting:\n"
                        + ChildJvm.tail(logFile(), 20) + "\n(full log: " + logFile() + ")");
            }
            if (answers200(probe)) {
                return;
            }
            Pause.of(Duration.ofMillis(500));
        }
        throw new StackException(spec.name() + " was not ready within " + timeout.toSeconds() + " s ("
                + spec.readinessUrl() + "); see " + logFile());
    }

    /** {@code GET /q/health/live} answers 200 within the probe's timeout. */
    @Override
    public boolean isLive() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/q/health/live"))
                .timeout(LIVENESS_TIMEOUT).GET().build();
        try {
            return answers200(probe);
        } catch (StackException interrupted) {
            // The supervisor is closing: no verdict.
            return true;
        }
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
