package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleIngested;
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

    private final Emitter<Record<String, ArticleIngested>> emitter;

    public ReprocessPublisher(@Channel(CHANNEL) Emitter<Record<String, ArticleIngested>> emitter) {
        this.emitter = emitter;
    }

    /** Publishes {@code article}; throws {@link BrokerUnavailableException} when the broker did not acknowledge. */
    public void publish(ArticleIngested article) {
        try {
            emitter.send(Record.of(article.id(), article)).toCompletableFuture()
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("Interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("The broker did not acknowledge the article", e);
        }
    }

    /** The broker did not take the record; nothing was re-processed. */
    public static class BrokerUnavailableException extends RuntimeException {
        BrokerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
