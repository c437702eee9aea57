package io.quotewire.query.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quotewire.contracts.Topics;
import java.time.Duration;

/** One {@link NewsPair} published (ingested, then enriched) and stored, shared by the read-API tests. */
public final class PublishedPair {

    private static NewsPair pair;

    private PublishedPair() {}

    /** The pair, publishing it and waiting until both articles are enriched on first use. */
    public static synchronized NewsPair get() {
        if (pair == null) {
            NewsPair created = NewsPair.create();
            EventPublisher.publish(Topics.ARTICLES_INGESTED, created.maxwell.id(), created.maxwell);
            EventPublisher.publish(Topics.ARTICLES_INGESTED, created.sejong.id(), created.sejong);
            EventPublisher.publish(Topics.ARTICLES_ENRICHED, created.maxwell.id(), created.maxwellEnriched);
            EventPublisher.publish(Topics.ARTICLES_ENRICHED, created.sejong.id(), created.sejongEnriched);
            awaitStatus(created.maxwell.id(), "enriched");
            awaitStatus(created.sejong.id(), "enriched");
            pair = created;
        }
        return pair;
    }

    /** Waits until the API shows the article with {@code status}. */
    public static void awaitStatus(String articleId, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().get("/articles/{id}", articleId);
            return response.statusCode() == 200 && status.equals(response.path("status"));
        });
    }
}
