package io.quotewire.teststack;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Exit;
import org.testcontainers.kafka.KafkaContainer;

/** One real Kafka broker per test JVM: a KRaft container with Docker, an in-JVM KRaft broker without. */
public final class SharedKafka {

    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    /** Partitions of a topic a test creates by first use, the same on both paths (the image's default is 1). */
    private static final int DEFAULT_PARTITIONS = 3;
    /** A loaded machine can take a minute to start a JVM broker in a container; Testcontainers' default is 60 s. */
    private static final Duration CONTAINER_STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static String bootstrapServers;

    private SharedKafka() {}

    /** Starts the broker on first use and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = Docker.available() ? startContainer() : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startContainer() {
        long started = TestStackLog.starting("Kafka broker");
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(DEFAULT_PARTITIONS))
                .withStartupTimeout(CONTAINER_STARTUP_TIMEOUT);
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-container-stop"));
        TestStackLog.started("Kafka broker", "Testcontainers, " + ContainerImages.describe(KAFKA_IMAGE),
                kafka.getBootstrapServers(), started);
        return kafka.getBootstrapServers();
    }

    private static String startEmbedded() {
        long started = TestStackLog.starting("Kafka broker");
        keepTheJvmsExitToTheTestRunner();
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(DEFAULT_PARTITIONS))
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(cluster), "kafka-embedded-stop"));
            TestStackLog.started("Kafka broker", "embedded KRaft broker in this JVM (kafka-test-common-runtime "
                    + AppInfoParser.getVersion() + ")", cluster.bootstrapServers(), started);
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
    }

    /**
     * The embedded broker's log directories are temporary directories that Kafka's own shutdown hook deletes, and
     * shutdown hooks run at the same time: while ours closes the broker, a broker that sees its log directory vanish
     * halts the JVM with status 1 ("all log dirs have failed"). Surefire and failsafe then fail the module with "Error
     * occurred in starting fork" although every test passed (seen in nlp-service, ingest-service and query-service,
     * one run in a few). In a test JVM the broker may say it wants to stop the process, but the test runner decides.
     */
    private static void keepTheJvmsExitToTheTestRunner() {
        Exit.setHaltProcedure((status, message) -> System.err.printf(
                "test-stack: the embedded Kafka broker asked to halt the JVM (status %d: %s); ignored%n", status, message));
        Exit.setExitProcedure((status, message) -> System.err.printf(
                "test-stack: the embedded Kafka broker asked to exit the JVM (status %d: %s); ignored%n", status, message));
    }

    private static void close(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            // The JVM is exiting; the broker's temporary directories go with it.
        }
    }

    /** Quarkus configuration pointing every Kafka client at the shared broker. */
    static Map<String, String> quarkusConfig() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }
}
