package io.quotewire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quotewire.contracts.Topics;
import io.quotewire.ingest.support.RestartableBroker;
import io.quotewire.ingest.support.Seeds;
import io.quotewire.teststack.KafkaTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Broker stopped under a running ingest: readiness DOWN and 503; broker back: readiness UP and 202, no restart. */
@QuarkusTest
@TestProfile(BrokerRestartIT.OwnBroker.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class BrokerRestartIT {

    /** Ingest on a broker of its own that the test stops and starts, with producer timeouts short enough for a test. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartableBroker.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String channel = "mp.messaging.outgoing.\"articles.ingested\".";
            return Map.of(
                    channel + "max.block.ms", "2000",
                    channel + "request.timeout.ms", "1000",
                    channel + "delivery.timeout.ms", "3000",
                    // Reconnect within a second of the broker's return instead of backing off for up to 1 s+.
                    channel + "reconnect.backoff.max.ms", "500",
                    "quotewire.ingest.publish-timeout", "5s",
                    "quotewire.ingest.retry-after-seconds", "9");
        }
    }

    @Test
    void brokerStoppedMeansNotReadyAnd503ThenItComesBackWithoutARestart() {
        assertThat(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .isEqualTo(RestartableBroker.bootstrapServers());
        List<String> accepted = new ArrayList<>();
        awaitReadiness(200);

        accepted.add(postSeed(Seeds.SEJONG));

        RestartableBroker.stopBroker();
        awaitReadiness(503);
        String refusedText = "Nobody may keep this article: the broker is down (restart test " + UUID.randomUUID() + ").";
        given().contentType(ContentType.JSON).body(Map.of("text", refusedText))
                .when().post("/articles")
                .then().statusCode(503)
                .header("Retry-After", "9")
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotewire.io/problems/broker-unavailable"));

        RestartableBroker.startBroker();
        awaitReadiness(200);
        accepted.add(postSeed(Seeds.MAXWELL));

        List<String> onTopic = keysOnTopic(accepted.size() + 1);
        // accepted 2, on the topic 2, lost 0, duplicated 0, the refused one absent.
        assertThat(onTopic).containsExactlyInAnyOrderElementsOf(accepted);
    }

    private static String postSeed(String name) {
        return given().multiPart("file", name, Seeds.bytes(name), "text/plain")
                .when().post("/articles")
                .then().statusCode(202)
                .body("[0].status", equalTo("accepted"))
                .extract().jsonPath().getString("[0].id");
    }

    private static void awaitReadiness(int status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().log().ifValidationFails().statusCode(status));
    }

    /** Every key on articles.ingested, read until the end offsets (and a little longer, to see extra records). */
    private static List<String> keysOnTopic(int atMost) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RestartableBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "broker-restart-test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_INGESTED, Duration.ofSeconds(10))
                    .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && keys.size() <= atMost
                    && !end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
            }
            return keys;
        }
    }
}
