package io.quotewire.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Starts PostgreSQL, the Kafka broker, the topics and the three services in order, and stops them in reverse. */
public final class LocalStack implements AutoCloseable {

    static final String DATABASE = "quotewire";
    /** Where every service of the local stack listens. */
    static final String BIND_ADDRESS = "127.0.0.1";
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(90);
    // Three JVMs start at once on a small machine and nlp-service loads the CoreNLP models before it is ready.
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(5);

    private final StackSettings settings;
    private final PostgresServer postgres;
    private final KafkaBrokerProcess kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final String apiKey;

    /** @param kafkaClasspath classpath for the broker's JVM (the launcher's lib/*) */
    public LocalStack(StackSettings settings, String kafkaClasspath) {
        this.settings = settings;
        this.apiKey = ApiKeyFile.loadOrCreate(settings.dataDir());
        this.postgres = new PostgresServer(settings.dataDir().resolve("postgres"),
                settings.logDir().resolve("postgres.log"), settings.postgresPort(), DATABASE);
        this.kafka = new KafkaBrokerProcess(settings.dataDir(), settings.dataDir().resolve("kafka"),
                settings.logDir().resolve("kafka.log"), kafkaClasspath, settings.kafkaPort(),
                settings.kafkaControllerPort());
    }

    /** Starts everything, printing each step's duration; throws {@link StackException} on the first failure. */
    public void start(StepClock clock, PrintStream out) {
        List<ServiceSpec> specs = serviceSpecs();
        specs.forEach(LocalStack::requireBuilt);
        clock.step("PostgreSQL on port " + settings.postgresPort(), () -> {
            postgres.start();
            return postgres.jdbcUrl();
        });
        clock.step("Kafka broker on port " + settings.kafkaPort(), () -> {
            boolean reused = kafka.isFormatted();
            kafka.start(BROKER_TIMEOUT);
            return reused ? "storage reused" : "storage formatted";
        });
        clock.step("Topics", () -> {
            List<String> created = TopicCreator.createMissing(kafka.bootstrapServers());
            return created.isEmpty() ? "all " + TopicCreator.TOPICS.size() + " exist" : "created " + created;
        });
        for (ServiceSpec spec : specs) {
            ServiceProcess service = new ServiceProcess(spec, settings.dataDir(), settings.logDir());
            services.add(service);
            service.start();
        }
        for (ServiceProcess service : services) {
            clock.step(service.spec().name() + " ready on port " + service.spec().port(), () -> {
                service.awaitReady(SERVICE_TIMEOUT);
                service.onUnexpectedExit(() -> warnExit(service, out));
                return "";
            });
        }
    }

    /** The key that writes (uploads, re-processing) need, kept in the data directory. */
    public String apiKey() {
        return apiKey;
    }

    @Override
    public void close() {
        stopping.set(true);
        // Services first, all at once, so none keeps consuming from a broker that is going away.
        services.parallelStream().forEach(ServiceProcess::close);
        kafka.close();
        postgres.close();
    }

    List<ServiceSpec> serviceSpecs() {
        return List.of(
                spec("query-service", settings.queryPort(), JvmOptions.smallService(), Map.of(
                        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                        "quarkus.datasource.username", PostgresServer.USER,
                        "quarkus.datasource.password", PostgresServer.PASSWORD,
                        // Where the web page's upload form posts, as the browser reaches ingest-service.
                        "quotewire.ingest-service.url", settings.ingestUrl())),
                spec("ingest-service", settings.ingestPort(), JvmOptions.smallService(), Map.of(
                        "quotewire.query-service.url", settings.queryUrl(),
                        // The web page's upload form posts here from either name of this machine.
                        "quarkus.http.cors.origins", settings.queryUrl() + ",http://127.0.0.1:" + settings.queryPort())),
                spec("nlp-service", settings.nlpPort(), JvmOptions.nlpService(), Map.of()));
    }

    private ServiceSpec spec(String name, int port, List<String> jvmOptions, Map<String, String> own) {
        Map<String, String> properties = new TreeMap<>(own);
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        // Reachable from this machine only; a deployment sets its own address (the images listen on all).
        properties.put("quarkus.http.host", BIND_ADDRESS);
        // The packaged apps log JSON in prod; the local log files are read by people.
        properties.put("quarkus.log.console.json.enabled", "false");
        // Through the environment, not -D: a key on the command line would show in ps.
        Map<String, String> environment = new TreeMap<>(JvmOptions.environment());
        environment.put("QUOTEWIRE_SECURITY_API_KEYS", apiKey);
        return new ServiceSpec(name, ServiceSpec.packagedJar(settings.projectRoot(), name), port, jvmOptions, properties,
                environment);
    }

    private static void requireBuilt(ServiceSpec spec) {
        if (!Files.isRegularFile(spec.jar())) {
            throw new StackException(spec.name() + " is not built: " + spec.jar() + " is missing. Run ./quotewire up"
                    + " (it builds what is missing) or ./mvnw -B package -DskipTests.");
        }
    }

    private void warnExit(ServiceProcess service, PrintStream out) {
        if (!stopping.get()) {
            out.println("\n! " + service.spec().name() + " stopped unexpectedly; see " + service.logFile());
        }
    }
}
