package io.quotewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.stack.JvmOptions;
import io.quotewire.stack.KafkaBrokerProcess;
import io.quotewire.stack.PortGuard;
import io.quotewire.stack.ServiceProcess;
import io.quotewire.stack.ServiceSpec;
import io.quotewire.stack.TopicCreator;
import io.quotewire.teststack.EventSchemas;
import io.quotewire.teststack.SharedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nlp-service killed with SIGKILL in the middle of a batch and started again: every article ends up enriched
 * exactly once in the database. Runs on a broker of its own, so that the shared pipeline's nlp-service (other ITs)
 * cannot take over the batch while this one is dead.
 */
class NlpKilledMidBatchIT {

    private static final int ARTICLES = 30;
    private static final Path WORK_DIR = RunningPipeline.ROOT.resolve("e2e-tests/target/e2e-nlp-killed");
    private static final Path BROKER_LIB = RunningPipeline.ROOT.resolve("deploy/local-stack/target/lib");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private static KafkaBrokerProcess broker;
    private static ServiceProcess query;
    private static ServiceProcess nlp;
    private static int nlpPort;

    @BeforeAll
    static void startBrokerQueryAndNlp() {
        broker = new KafkaBrokerProcess(WORK_DIR, WORK_DIR.resolve("kafka-" + UUID.randomUUID()),
                WORK_DIR.resolve("logs/kafka.log"), BROKER_LIB + "/*", PortGuard.freePort(), PortGuard.freePort());
        broker.start(Duration.ofSeconds(90));
        TopicCreator.createMissing(broker.bootstrapServers());

        Map<String, String> queryProperties = common();
        queryProperties.putAll(SharedPostgres.quarkusConfig());
        query = new ServiceProcess(new ServiceSpec("query-service", ServiceSpec.packagedJar(RunningPipeline.ROOT,
                "query-service"), PortGuard.freePort(), JvmOptions.smallService(), queryProperties), WORK_DIR,
                WORK_DIR.resolve("logs"));
        nlpPort = PortGuard.freePort();
        nlp = nlpService();
        query.start();
        nlp.start();
        query.awaitReady(READY_TIMEOUT);
        nlp.awaitReady(READY_TIMEOUT);
    }

    @AfterAll
    static void stopAll() {
        for (AutoCloseable closeable : new AutoCloseable[] {nlp, query, broker}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.out.println("stopping: " + e);
            }
        }
    }

    @Test
    void everyArticleIsEnrichedOnceAfterTheNlpServiceIsKilledMidBatch() throws Exception {
        List<String> ids = publishArticles();

        // Kill once some, but not all, are stored enriched.
        int enrichedAtKill = Awaitility.await("first articles enriched").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> enrichedCount(ids), count -> count > 0);
        killNlpService();
        int enrichedAfterKill = enrichedCount(ids);
        System.out.printf("e2e: nlp-service killed with %d of %d articles enriched (%d once it was dead)%n",
                enrichedAtKill, ARTICLES, enrichedAfterKill);
        assertThat(enrichedAfterKill).as("articles enriched when nlp-service died").isLessThan(ARTICLES);

        Instant restarted = Instant.now();
        nlp = nlpService();
        nlp.start();
        nlp.awaitReady(READY_TIMEOUT);
        Awaitility.await("all articles enriched").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> enrichedCount(ids), count -> count == ARTICLES);
        System.out.printf("e2e: all %d enriched %.1f s after the restart%n", ARTICLES,
                Duration.between(restarted, Instant.now()).toMillis() / 1000.0);

        try (Connection db = DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "postgres")) {
            for (String id : ids) {
                assertThat(single(db, "SELECT status FROM article WHERE id = ?", id)).isEqualTo("ENRICHED");
                // A second enrichment stored on top of the first would double the rows but not the distinct spans.
                long quotes = count(db, "SELECT count(*) FROM quote WHERE article_id = ?", id);
                assertThat(quotes).as("quotes of %s", id).isPositive()
                        .isEqualTo(count(db, "SELECT quote_count FROM article WHERE id = ?", id))
                        .isEqualTo(count(db, "SELECT count(*) FROM (SELECT DISTINCT start_offset, end_offset"
                                + " FROM quote WHERE article_id = ?) spans", id));
                long mentions = count(db, "SELECT count(*) FROM mention WHERE article_id = ?", id);
                assertThat(mentions).as("mentions of %s", id).isPositive().isEqualTo(count(db,
                        "SELECT count(*) FROM (SELECT DISTINCT start_offset, end_offset FROM mention"
                                + " WHERE article_id = ?) spans", id));
            }
        }
        Map<String, Integer> enrichedEvents = keysOn(Topics.ARTICLES_ENRICHED);
        assertThat(enrichedEvents.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        long reprocessed = enrichedEvents.values().stream().filter(times -> times > 1).count();
        System.out.printf("e2e: published %d, enriched in the database %d, lost 0, duplicated rows 0;"
                + " %d articles were enriched twice by the broker's redelivery and stored once%n",
                ARTICLES, enrichedCount(ids), reprocessed);
    }

    private static List<String> publishArticles() throws Exception {
        List<String> ids = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 1; i <= ARTICLES; i++) {
                String text = article(i, run);
                String id = ArticleText.idOf(text);
                ArticleIngested event = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id,
                        "Harbour report " + i, text, "e2e", null, null, "harbour-" + i + ".txt", "text/plain",
                        Instant.now(), Map.of());
                assertThat(EventSchemas.violations(Topics.ARTICLES_INGESTED, EventSchemas.MAPPER.valueToTree(event)))
                        .isEmpty();
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, id,
                        EventSchemas.MAPPER.writeValueAsString(event))).get();
                ids.add(id);
            }
        }
        return ids;
    }

    /** A small article with one attributed quote; the run tag keeps its id new on every run. */
    private static String article(int i, String run) {
        return "The harbour of Port Elliot will reopen in spring, officials said on Tuesday (report " + i + ", run "
                + run + ").\n\n"
                + "\"We expect the first ships within " + (i + 2) + " weeks,\" said Mayor Anna Lindqvist.\n\n"
                + "The repairs cost the city " + i + " million dollars after the storm in January.\n";
    }

    private static void killNlpService() throws InterruptedException {
        String portFlag = "-Dquarkus.http.port=" + nlpPort;
        List<ProcessHandle> victims = ProcessHandle.current().descendants()
                .filter(handle -> handle.info().arguments().map(args -> List.of(args).contains(portFlag))
                        .orElse(false))
                .toList();
        assertThat(victims).as("the nlp-service process").hasSize(1);
        victims.get(0).destroyForcibly();
        victims.get(0).onExit().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(nlp.isAlive()).isFalse();
    }

    private static ServiceProcess nlpService() {
        Map<String, String> properties = common();
        // A killed consumer's partitions are handed over once its session times out: 6 s, not the default 45 s.
        properties.put("mp.messaging.incoming.\"articles.ingested\".session.timeout.ms", "6000");
        properties.put("mp.messaging.incoming.\"articles.ingested\".heartbeat.interval.ms", "2000");
        return new ServiceProcess(new ServiceSpec("nlp-service", ServiceSpec.packagedJar(RunningPipeline.ROOT,
                "nlp-service"), nlpPort, JvmOptions.nlpService(), properties), WORK_DIR, WORK_DIR.resolve("logs"));
    }

    private static Map<String, String> common() {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        properties.put("quarkus.log.console.json.enabled", "false");
        return properties;
    }

    private static int enrichedCount(List<String> ids) throws Exception {
        try (Connection db = DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "postgres");
                PreparedStatement statement = db.prepareStatement(
                        "SELECT count(*) FROM article WHERE status = 'ENRICHED' AND id = ANY (?)")) {
            statement.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static long count(Connection db, String sql, String id) throws Exception {
        return Long.parseLong(single(db, sql, id));
    }

    private static String single(Connection db, String sql, String id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for %s", id).isTrue();
                return rows.getString(1);
            }
        }
    }

    /** How many records each key has on {@code topic}, read from the beginning to the end offsets. */
    private static Map<String, Integer> keysOn(String topic) {
        Map<String, Integer> counts = new HashMap<>();
        TopicReader.records(broker.bootstrapServers(), topic).forEach(record -> counts.merge(record.key(), 1,
                Integer::sum));
        return counts;
    }
}
