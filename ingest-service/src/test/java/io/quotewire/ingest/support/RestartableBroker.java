package io.quotewire.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quotewire.stack.KafkaBrokerProcess;
import io.quotewire.stack.PortGuard;
import io.quotewire.stack.TopicCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * A real broker of the test's own, run as a child process that a test can stop and start again on the same port
 * with its data (the shared test broker is never stopped: other test classes use it).
 */
public class RestartableBroker implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY = Duration.ofSeconds(60);
    /** local-stack's packaged runtime classpath: the Kafka server jars and a log4j2 binding. */
    private static final Path BROKER_LIB = Path.of("..", "deploy", "local-stack", "target", "lib");

    private static KafkaBrokerProcess broker;
    private static Path dataDir;

    @Override
    public Map<String, String> start() {
        if (!Files.isDirectory(BROKER_LIB)) {
            throw new IllegalStateException(BROKER_LIB.toAbsolutePath() + " is missing; build it first with"
                    + " ./mvnw -B -q install -DskipTests -pl contracts,deploy/local-stack");
        }
        try {
            dataDir = Files.createTempDirectory("ingest-restartable-broker");
            broker = new KafkaBrokerProcess(dataDir, dataDir.resolve("kafka"), dataDir.resolve("kafka.log"),
                    BROKER_LIB.toAbsolutePath() + "/*", PortGuard.freePort(), PortGuard.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.start(READY);
        TopicCreator.createMissing(broker.bootstrapServers());
        String channel = "mp.messaging.outgoing.\"articles.ingested\".";
        // Both the default Kafka config (read by the readiness check) and the channel's own, so that this broker
        // wins over the shared one that other test classes register for every test.
        return Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                channel + "bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        if (dataDir != null) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only a leftover temporary directory; the test's outcome does not depend on it.
        }
    }

    /** The broker's address. */
    public static String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops the broker (SIGTERM, then SIGKILL after a grace period); its data stays. */
    public static void stopBroker() {
        broker.close();
    }

    /** Starts the broker again on the same ports with the same data, and waits until it answers. */
    public static void startBroker() {
        broker.start(READY);
    }
}
