package io.quotewire.e2e;

import io.quotewire.stack.JvmOptions;
import io.quotewire.stack.PortGuard;
import io.quotewire.stack.ServiceProcess;
import io.quotewire.stack.ServiceSpec;
import io.quotewire.stack.TopicCreator;
import io.quotewire.teststack.SharedKafka;
import io.quotewire.teststack.SharedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services started once per test JVM against the shared broker and database, so every IT class
 * uses the same pipeline instead of paying the CoreNLP start-up again. Stopped when the JVM exits.
 */
final class RunningPipeline {

    static final Path ROOT = Path.of(System.getProperty("quotewire.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK_DIR = ROOT.resolve("e2e-tests/target/e2e");
    // Three JVMs start together on two shared cores, and nlp-service loads the CoreNLP models before it is ready.
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private static RunningPipeline started;
    private static RuntimeException failedStart;

    final String ingestUrl;
    final String queryUrl;
    final String nlpUrl;
    private final List<ServiceProcess> services = new ArrayList<>();

    private RunningPipeline() {
        String bootstrap = SharedKafka.bootstrapServers();
        TopicCreator.createMissing(bootstrap);
        int queryPort = PortGuard.freePort();
        int ingestPort = PortGuard.freePort();
        int nlpPort = PortGuard.freePort();
        queryUrl = "http://localhost:" + queryPort;
        ingestUrl = "http://localhost:" + ingestPort;
        nlpUrl = "http://localhost:" + nlpPort;

        Map<String, String> query = common(bootstrap);
        query.putAll(SharedPostgres.quarkusConfig());
        query.put("quotewire.ingest-service.url", ingestUrl);
        Map<String, String> ingest = common(bootstrap);
        ingest.put("quotewire.query-service.url", queryUrl);
        services.add(service("query-service", queryPort, JvmOptions.smallService(), query));
        services.add(service("ingest-service", ingestPort, JvmOptions.smallService(), ingest));
        Map<String, String> nlp = common(bootstrap);
        // The suite restarts nlp-service; the start-up warm-up only speeds up articles, which these tests don't time.
        nlp.put("quotewire.nlp.warm-up", "0s");
        services.add(service("nlp-service", nlpPort, JvmOptions.nlpService(), nlp));
    }

    /** The running pipeline, started on first use; a failed start fails every later caller the same way. */
    static synchronized RunningPipeline get() {
        if (failedStart != null) {
            throw failedStart;
        }
        if (started == null) {
            RunningPipeline pipeline = new RunningPipeline();
            // Registered before the start, so services already launched stop even when another one fails.
            Runtime.getRuntime().addShutdownHook(new Thread(pipeline::stop, "stop-e2e-pipeline"));
            try {
                pipeline.services.forEach(ServiceProcess::start);
                pipeline.services.forEach(service -> service.awaitReady(READY_TIMEOUT));
            } catch (RuntimeException e) {
                failedStart = e;
                pipeline.stop();
                throw e;
            }
            started = pipeline;
        }
        return started;
    }

    /** The log file of one service ({@code "ingest-service"}, {@code "nlp-service"}, {@code "query-service"}). */
    Path logOf(String serviceName) {
        return services.stream().filter(service -> service.spec().name().equals(serviceName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + serviceName)).logFile();
    }

    private void stop() {
        // All at once: each may take its full grace period, and the JVM's exit waits for this hook.
        services.parallelStream().forEach(ServiceProcess::close);
        services.forEach(service -> System.out.println("log of " + service.spec().name() + ": " + service.logFile()));
    }

    private static Map<String, String> common(String bootstrap) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrap);
        properties.put("quarkus.log.console.json.enabled", "false");
        return properties;
    }

    private static ServiceProcess service(String name, int port, List<String> jvmOptions,
            Map<String, String> properties) {
        ServiceSpec spec = new ServiceSpec(name, ServiceSpec.packagedJar(ROOT, name), port, jvmOptions, properties);
        return new ServiceProcess(spec, WORK_DIR, WORK_DIR.resolve("logs"));
    }
}
