package io.quotewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local stack supervises like Kubernetes would (issue 11, point 4): while a stream of articles is posted, each
 * service is killed with SIGKILL once; the supervisor restarts each, says so, and every article ends enriched, stored
 * once. The client does what any client of ingest does: it tries again while ingest is down or answers 503.
 */
class SupervisedStackIT {

    private static final int ARTICLES = 36;
    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "query-service");
    private static final Duration WAIT = Duration.ofMinutes(8);

    private static SupervisedStack supervised;

    @BeforeAll
    static void startTheSupervisedStack() {
        supervised = SupervisedStack.get();
    }

    @Test
    void eachServiceKilledOnceDuringAStreamIsRestartedAndEveryArticleEndsEnrichedOnce() throws Exception {
        ArticleTexts texts = new ArticleTexts("stream-" + UUID.randomUUID().toString().substring(0, 8), 7);
        PatientClient client = new PatientClient(supervised.settings.ingestUrl(), supervised.apiKey());
        ArticleStream stream = new ArticleStream(IntStream.rangeClosed(1, ARTICLES).boxed().toList(),
                n -> "article " + n, n -> client.postJson("Stream article " + n, texts.normal(n)), Duration.ofSeconds(1));

        int step = ARTICLES / (SERVICES.size() + 1);
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            int after = step * (i + 1);
            Awaitility.await(after + " articles answered").atMost(WAIT).until(() -> stream.answered() >= after);
            int backBefore = supervised.timesBackUp(service);
            supervised.kill(service);
            supervised.awaitBackUp(service, backBefore + 1, WAIT);
        }
        List<ArticleStream.Sent> sent = stream.await(WAIT);

        assertThat(sent).hasSize(ARTICLES).allSatisfy(one -> assertThat(one.answer().accepted())
                .as("%s: %s", one.label(), one.answer().body()).isTrue());
        List<String> ids = sent.stream().map(one -> one.answer().id()).distinct().toList();
        assertThat(ids).hasSize(ARTICLES);
        StoredArticles stored = new StoredArticles(supervised.stack.jdbcUrl());
        Map<String, String> statuses = Awaitility.await("every article enriched").atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> stored.statuses(ids), found -> found.size() == ARTICLES
                        && found.values().stream().allMatch("ENRICHED"::equals));
        assertThat(stored.withDuplicateRows(ids)).isEmpty();
        for (String service : SERVICES) {
            assertThat(supervised.printed()).contains("! " + service + " exited with code 137 (killed by signal 9); "
                    + "restarting it in").contains("✓ " + service + " ready again after");
        }
        long retried = sent.stream().filter(one -> one.answer().tries() > 1).count();
        System.out.printf("e2e: %d articles posted while each service was killed once; %d enriched, 0 duplicated;"
                + " %d posts needed more than one try%n", ARTICLES, statuses.size(), retried);
    }
}
