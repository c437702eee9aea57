package io.quotewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.contracts.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No poison loop (issue 11, point 3): nlp-service is killed with SIGKILL while it holds the largest accepted article,
 * restarted by the local stack's supervisor, and killed again while it holds it a second time, as an article that
 * brings the service down on every try would. After the second restart the big article is dead-lettered without
 * being annotated a third time and shows as {@code failed} with that reason, and the articles behind it are enriched.
 */
class PoisonArticleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(8);

    private static SupervisedStack supervised;
    private static PatientClient client;
    private static StoredArticles stored;

    @BeforeAll
    static void startTheSupervisedStack() {
        supervised = SupervisedStack.get();
        client = new PatientClient(supervised.settings.ingestUrl(), supervised.apiKey());
        stored = new StoredArticles(supervised.stack.jdbcUrl());
    }

    @Test
    void theLargestArticleKillingTheServiceTwiceEndsFailedWithItsReasonAndTheNextArticlesAreEnriched() {
        ArticleTexts texts = new ArticleTexts("poison-" + UUID.randomUUID().toString().substring(0, 8), 11);
        int backBefore = supervised.timesBackUp("nlp-service");
        PatientClient.Answer big = client.postJson("The largest article", texts.largest(1));
        assertThat(big.accepted()).as(big.body()).isTrue();

        for (int attempt = 1; attempt <= 2; attempt++) {
            awaitAttemptStarted(big.id(), attempt);
            supervised.kill("nlp-service");
            supervised.awaitBackUp("nlp-service", backBefore + attempt, WAIT);
        }
        List<String> next = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            PatientClient.Answer answer = client.postJson("After the poison " + i, texts.normal(i));
            assertThat(answer.accepted()).as(answer.body()).isTrue();
            next.add(answer.id());
        }

        Awaitility.await("the big article failed, the next ones enriched").atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> stored.statuses(all(big.id(), next)), statuses -> "FAILED".equals(statuses.get(big.id()))
                        && next.stream().allMatch(id -> "ENRICHED".equals(statuses.get(id))));

        assertThat(stored.failureReasons(List.of(big.id())).get(big.id()))
                .startsWith("nlp-service stopped 2 times while enriching this article")
                .endsWith("so it is not annotated again; reprocess it to try once more");
        List<JsonNode> attempts = attempts(big.id());
        assertThat(attempts).extracting(attempt -> attempt.get("state").asText() + " " + attempt.get("attempt").asInt())
                .as("no third attempt was started").containsExactly("STARTED 1", "STARTED 2", "FAILED 2");
        assertThat(supervised.printed()).contains("! nlp-service exited with code 137 (killed by signal 9)");
        System.out.printf("e2e: the largest article (%,d characters) ended FAILED after 2 kills; %d articles after it"
                + " enriched%n", ArticleTexts.MAX_CHARS, next.size());
    }

    /** Waits until nlp-service has written the attempt record {@code number} for the article, i.e. holds it. */
    private static void awaitAttemptStarted(String id, int number) {
        Awaitility.await("attempt " + number + " of " + id).atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> attempts(id).stream().anyMatch(attempt -> attempt.get("attempt").asInt() == number
                        && "STARTED".equals(attempt.get("state").asText())));
    }

    private static List<JsonNode> attempts(String id) {
        List<JsonNode> attempts = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.recordsOf(supervised.stack.kafka().bootstrapServers(),
                Topics.ARTICLES_INGESTED_ATTEMPTS, id)) {
            if (record.value() != null) {
                try {
                    attempts.add(JSON.readTree(record.value()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return attempts;
    }

    private static List<String> all(String first, List<String> rest) {
        List<String> ids = new ArrayList<>(rest);
        ids.add(first);
        return ids;
    }
}
