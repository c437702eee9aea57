package io.quotewire.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/** A real single-node Kafka KRaft broker (broker + controller) running as a child JVM with persistent storage. */
public final class KafkaBrokerProcess extends ChildProcess {

    private static final String LOG4J_CONFIG = "kafka-log4j2.properties";

    private final Path kafkaDir;
    private final String classpath;
    private final Path stackDataDir;
    private final int port;
    private final int controllerPort;

    /**
     * @param stackDataDir the stack's data directory (tags the child process)
     * @param kafkaDir where the broker keeps its configuration and log segments
     * @param classpath a classpath holding the Kafka server jars and a log4j2 binding (the launcher's lib/*)
     */
    public KafkaBrokerProcess(Path stackDataDir, Path kafkaDir, Path logFile, String classpath, int port,
            int controllerPort) {
        super(logFile);
        this.stackDataDir = stackDataDir;
        this.kafkaDir = kafkaDir;
        this.classpath = classpath;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Formats the storage on first use only, starts the broker and waits until it answers. */
    public void start(Duration timeout) {
        start();
        awaitReady(timeout);
    }

    /** Formats the storage on first use only and starts the broker. */
    @Override
    public void start() {
        Path config = writeConfig();
        if (!isFormatted()) {
            format(config);
        }
        running(ChildJvm.start(javaCommand(List.of("-Xms256m", "-Xmx512m"), "kafka.Kafka", config.toString()),
                logFile()));
    }

    @Override
    public String name() {
        return "Kafka broker";
    }

    /** The broker accepts a TCP connection on its port, as a Kubernetes tcpSocket probe checks. */
    @Override
    public boolean isLive() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) Duration.ofSeconds(3).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the log directory already holds a formatted KRaft storage, which must be reused, not reformatted. */
    public boolean isFormatted() {
        return Files.exists(logDir().resolve("meta.properties"));
    }

    private Path logDir() {
        return kafkaDir.resolve("data");
    }

    private Path writeConfig() {
        Properties server = new Properties();
        server.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("controller.quorum.bootstrap.servers", "localhost:" + controllerPort),
                Map.entry("log.dirs", logDir().toString()),
                Map.entry("num.partitions", "3"),
                // One node: every internal topic must accept a single replica.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        try {
            Files.createDirectories(logDir());
            Path config = kafkaDir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(config)) {
                server.store(out, "Written by ./quotewire up on every start; edit the launcher, not this file.");
            }
            try (InputStream log4j = getClass().getResourceAsStream("/" + LOG4J_CONFIG)) {
                Files.copy(log4j, kafkaDir.resolve(LOG4J_CONFIG), StandardCopyOption.REPLACE_EXISTING);
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Kafka configuration under " + kafkaDir, e);
        }
    }

    private void format(Path config) {
        Path formatLog = logFile().resolveSibling("kafka-format.log");
        // --standalone makes this node the only voter, via controller.quorum.bootstrap.servers (not .voters).
        Process formatter = ChildJvm.start(javaCommand(List.of("-Xmx256m"), "kafka.tools.StorageTool", "format",
                "--config", config.toString(), "--cluster-id", Uuid.randomUuid().toString(), "--standalone"),
                formatLog);
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new StackException("Formatting the Kafka storage failed:\n" + ChildJvm.tail(formatLog, 15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while formatting the Kafka storage", e);
        }
    }

    private List<String> javaCommand(List<String> heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(ChildJvm.command(stackDataDir, heap));
        command.add("-Dlog4j2.configurationFile=" + kafkaDir.resolve(LOG4J_CONFIG));
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Waits until the broker answers a cluster description; fails early when its process dies. */
    @Override
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!isAlive()) {
                    throw new StackException("The Kafka broker " + exitDescription() + ":\n"
                            + ChildJvm.tail(logFile(), 15) + "\n(full log: " + logFile() + ")");
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get().isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Pause.of(Duration.ofMillis(300));
                }
            }
        }
        throw new StackException("The Kafka broker did not become ready within " + timeout.toSeconds()
                + " s; see " + logFile());
    }
}
