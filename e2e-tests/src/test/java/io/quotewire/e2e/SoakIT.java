package io.quotewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.contracts.Topics;
import io.quotewire.teststack.EventSchemas;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak (issue 11, point 12), loopback only: a stream of mixed articles — ordinary ones, two of the largest
 * accepted size, requests ingest must refuse, and two poison records put straight onto {@code articles.ingested} —
 * while nlp-service and query-service are each killed with SIGKILL once and the broker is restarted once. At the end
 * every accepted article is enriched or failed with a reason, none is stuck in processing, and no quote or mention
 * is stored twice. The counts go to {@code e2e-tests/target/soak-counts.json} (and docs/reliability.md).
 */
class SoakIT {

    private static final int NORMAL = 60;
    private static final List<Integer> LARGEST_AT = List.of(5, 30);
    private static final Duration INTERVAL = Duration.ofMillis(1500);
    private static final Duration STREAM_WAIT = Duration.ofMinutes(10);
    // Two largest articles on two busy cores, each within its 530 s budget, behind the rest of the stream.
    private static final Duration SETTLE_WAIT = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SupervisedStack supervised;

    /** One request of the stream: what it is, and how to send it. */
    private record Planned(String label, boolean shouldBeAccepted, Supplier<PatientClient.Answer> send) {}

    @BeforeAll
    static void startTheSupervisedStack() {
        supervised = SupervisedStack.get();
    }

    @Test
    void aMixedStreamThroughKillsAndABrokerRestartEndsWithEveryArticleEnrichedOrFailedWithItsReason()
            throws Exception {
        Instant begin = Instant.now();
        String run = "soak-" + UUID.randomUUID().toString().substring(0, 8);
        ArticleTexts texts = new ArticleTexts(run, 12);
        PatientClient client = new PatientClient(supervised.settings.ingestUrl(), supervised.apiKey());
        List<Planned> plan = plan(texts, client);
        String emptyPoisonId = publishPoisonRecords(run);

        ArticleStream stream = new ArticleStream(plan, Planned::label, planned -> planned.send().get(), INTERVAL);
        faultAfter(stream, 15, () -> supervised.kill("nlp-service"), "nlp-service");
        faultAfter(stream, 30, () -> supervised.kill("query-service"), "query-service");
        faultAfter(stream, 45, () -> supervised.stack.kafka().stop(), "Kafka broker");
        List<ArticleStream.Sent> sent = stream.await(STREAM_WAIT);

        Map<String, Integer> refusedByStatus = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        List<String> largest = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PatientClient.Answer answer = sent.get(i).answer();
            if (plan.get(i).shouldBeAccepted()) {
                assertThat(answer.accepted()).as("%s: %s", plan.get(i).label(), answer.body()).isTrue();
                accepted.add(answer.id());
                if (plan.get(i).label().startsWith("largest")) {
                    largest.add(answer.id());
                }
            } else {
                assertThat(answer.status()).as("%s: %s", plan.get(i).label(), answer.body()).isBetween(400, 499);
                refusedByStatus.merge(Integer.toString(answer.status()), 1, Integer::sum);
            }
        }
        List<String> watched = new ArrayList<>(accepted);
        watched.add(emptyPoisonId);
        StoredArticles stored = new StoredArticles(supervised.stack.jdbcUrl());
        Map<String, String> statuses = Awaitility.await("every accepted article enriched or failed")
                .atMost(SETTLE_WAIT).pollInterval(Duration.ofSeconds(2))
                .until(() -> stored.statuses(watched), found -> found.size() == watched.size()
                        && found.values().stream().noneMatch("PROCESSING"::equals));

        Map<String, String> reasons = stored.failureReasons(watched);
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(reasons).containsEntry(emptyPoisonId, "The article has no text to analyse.");
        assertThat(stored.withDuplicateRows(watched)).isEmpty();
        assertThat(TopicReader.recordsOf(supervised.stack.kafka().bootstrapServers(), Topics.ARTICLES_INGESTED_DLQ,
                run + "-unreadable")).hasSize(1);
        assertThat(supervised.printed()).contains("! Kafka broker exited with code 143 (killed by signal 15)")
                .contains("✓ Kafka broker ready again after");

        Map<String, Object> counts = counts(plan, accepted, refusedByStatus, statuses, reasons, emptyPoisonId, begin);
        counts.put("largestArticles", List.copyOf(stored.enrichmentTimes(largest).values()));
        Files.writeString(RunningPipeline.ROOT.resolve("e2e-tests/target/soak-counts.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(counts));
        System.out.println("e2e soak: " + counts);
    }

    /** 60 ordinary articles, the largest accepted size twice, and five requests ingest must refuse. */
    private static List<Planned> plan(ArticleTexts texts, PatientClient client) {
        List<Planned> plan = new ArrayList<>();
        Map<Integer, Planned> bad = Map.of(
                10, new Planned("blank text", false, () -> client.postJson("Blank", "   \n  ")),
                20, new Planned("text over the limit", false,
                        () -> client.postJson("Too long", "a".repeat(ArticleTexts.MAX_CHARS + 1))),
                35, new Planned("malformed JSON", false, () -> client.post("application/json", "{\"text\": ")),
                45, new Planned("JSON without text", false, () -> client.post("application/json", "{\"title\":\"x\"}")),
                55, new Planned("unsupported content type", false, () -> client.post("application/xml", "<a/>")));
        int largest = 0;
        for (int n = 1; n <= NORMAL; n++) {
            int number = n;
            plan.add(new Planned("article " + n, true, () -> client.postJson("Soak article " + number,
                    texts.normal(number))));
            if (LARGEST_AT.contains(n)) {
                int which = ++largest;
                plan.add(new Planned("largest " + which, true, () -> client.postJson("Largest " + which,
                        texts.largest(which))));
            }
            if (bad.containsKey(n)) {
                plan.add(bad.get(n));
            }
        }
        return plan;
    }

    /**
     * Records no ingest would publish, put straight onto the topic: one that is not JSON, and an article event with
     * blank text. Returns the blank article's id.
     */
    private static String publishPoisonRecords(String run) throws Exception {
        String blank = "  \n ";
        String id = ArticleText.idOf(run + blank);
        ArticleIngested empty = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, id, "Blank " + run, blank,
                "soak", null, null, "blank.txt", "text/plain", Instant.now(), Map.of());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, supervised.stack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, run + "-unreadable", "{\"id\": ")).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, id,
                    EventSchemas.MAPPER.writeValueAsString(empty))).get();
        }
        return id;
    }

    /** Once {@code after} requests were answered, runs {@code fault} and waits until the supervisor restarted it. */
    private static void faultAfter(ArticleStream stream, int after, Runnable fault, String name) {
        Awaitility.await(after + " requests answered").atMost(STREAM_WAIT).until(() -> stream.answered() >= after);
        int backBefore = supervised.timesBackUp(name);
        fault.run();
        supervised.awaitBackUp(name, backBefore + 1, STREAM_WAIT);
    }

    private static Map<String, Object> counts(List<Planned> plan, List<String> accepted,
            Map<String, Integer> refusedByStatus, Map<String, String> statuses, Map<String, String> reasons,
            String emptyPoisonId, Instant begin) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("requests", plan.size());
        counts.put("accepted", accepted.size());
        counts.put("largestAccepted", LARGEST_AT.size());
        counts.put("refusedByStatus", refusedByStatus);
        counts.put("poisonRecords", 2);
        counts.put("enriched", statuses.values().stream().filter("ENRICHED"::equals).count());
        counts.put("failedWithReason", reasons.size());
        counts.put("failureReasons", reasons.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().equals(emptyPoisonId) ? "blank poison record" : e.getKey().substring(0, 12),
                Map.Entry::getValue)));
        counts.put("processing", statuses.values().stream().filter("PROCESSING"::equals).count());
        counts.put("duplicateQuoteOrMentionRows", 0);
        counts.put("killed", List.of("nlp-service (SIGKILL)", "query-service (SIGKILL)"));
        counts.put("brokerRestarts", 1);
        counts.put("seconds", Duration.between(begin, Instant.now()).toSeconds());
        return counts;
    }
}
