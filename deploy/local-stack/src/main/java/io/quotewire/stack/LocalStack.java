package io.quotewire.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts PostgreSQL, the Kafka broker, the topics and the three services in order, keeps the broker and the services
 * running under a {@link Supervisor}, and stops them in reverse.
 */
public final class LocalStack implements AutoCloseable {

    static final String DATABASE = "quotewire";
    /** Where every service of the local stack listens. */
    static final String BIND_ADDRESS = "127.0.0.1";
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(90);
    // Three JVMs start at once on a small machine and nlp-service loads the CoreNLP models before it is ready; on an
    // existing store query-service first migrates the schema, and V12 rewrites every quote once (3 min 56 s for
    // 57,000 articles here, so about 7 minutes at 100,000).
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(30);

    private final StackSettings settings;
    private final PostgresServer postgres;
    private final KafkaBrokerProcess kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final String apiKey;
    private final RestartPolicy restartPolicy;
    private Supervisor supervisor;

    /** @param kafkaClasspath classpath for the broker's JVM (the launcher's lib/*) */
    public LocalStack(StackSettings settings, String kafkaClasspath) {
        this(settings, kafkaClasspath, RestartPolicy.localStack());
    }

    /** A stack whose broker and services are restarted by {@code restartPolicy} when they stop. */
    public LocalStack(StackSettings settings, String kafkaClasspath, RestartPolicy restartPolicy) {
        this.settings = settings;
        this.restartPolicy = restartPolicy;
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
                return "";
            });
        }
        supervisor = new Supervisor(out, restartPolicy);
        supervisor.watch(kafka);
        services.forEach(supervisor::watch);
    }

    /** The broker and the services, restarted when they stop; null before {@link #start}. */
    public Supervisor supervisor() {
        return supervisor;
    }

    /** The running service called {@code name} ("nlp-service"). */
    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The Kafka broker. */
    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    /** The JDBC URL of the stack's database (user and password {@link PostgresServer#USER}). */
    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    /** The key that writes (uploads, re-processing) need, kept in the data directory. */
    public String apiKey() {
        return apiKey;
    }

    @Override
    public void close() {
        // The supervisor first, so that nothing stopped below is started again.
        if (supervisor != null) {
            supervisor.close();
        }
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
        // A killed service's consumers hold their partitions until their session times out; its restart (the
        // supervisor's) should not wait the default 45 s for that.
        properties.put("kafka.session.timeout.ms", "10000");
        properties.put("kafka.heartbeat.interval.ms", "3000");
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
}
