package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.domain.QueryProblem;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemException;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Puts a stored article back on {@code articles.ingested}, keyed by its id, and waits for the broker's ack. */
@ApplicationScoped
public class ReprocessPublisher {

    /** Outgoing channel to {@code articles.ingested}; not the topic's name, which is this service's incoming one. */
    public static final String CHANNEL = "articles.reprocess";

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);
    private static final int RETRY_AFTER_SECONDS = 10;

    private final Emitter<Record<String, ArticleIngested>> emitter;

    public ReprocessPublisher(@Channel(CHANNEL) Emitter<Record<String, ArticleIngested>> emitter) {
        this.emitter = emitter;
    }

    /** Publishes {@code article}; throws a 503 problem when the broker did not acknowledge in time. */
    public void publish(ArticleIngested article) {
        try {
            emitter.send(Record.of(article.id(), article)).toCompletableFuture()
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw brokerUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw brokerUnavailable(e);
        }
    }

    private static ProblemException brokerUnavailable(Exception cause) {
        return new ProblemException(Problem.of(QueryProblem.BROKER_UNAVAILABLE,
                "The message broker did not acknowledge the request; nothing changed. Try again later."), cause)
                .retryAfter(RETRY_AFTER_SECONDS);
    }
}
