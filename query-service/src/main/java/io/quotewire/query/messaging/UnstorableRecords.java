package io.quotewire.query.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quotewire.query.service.ArticleEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * A record this service can never store (unreadable, or refused by the database) still leaves its article visible:
 * {@code failed}, with the reason, under the record's key, before the record goes on to its dead-letter topic.
 * Without this, an article ingest accepted would be 404 for good.
 */
@ApplicationScoped
public class UnstorableRecords {

    private static final Logger LOG = Logger.getLogger(UnstorableRecords.class);
    /** Only keys that are article ids name an article; anything else only goes to the dead-letter topic. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_REASON = 1000;

    private final ArticleEventHandler handler;

    public UnstorableRecords(ArticleEventHandler handler) {
        this.handler = handler;
    }

    /** Runs {@code store}; when it fails for good, marks the record's article failed and rethrows. */
    public void guard(ConsumerRecord<String, String> record, Runnable store) {
        try {
            store.run();
        } catch (RuntimeException e) {
            markFailed(record, e);
            throw e;
        }
    }

    /** Marks the record's article failed with the reason, unless the failure is an outage (no verdict on it). */
    public void markFailed(ConsumerRecord<String, String> record, RuntimeException failure) {
        String key = record.key();
        if (isNoVerdict(failure) || key == null || !ARTICLE_ID.matcher(key).matches()) {
            return;
        }
        String reason = reason(record.topic(), failure);
        try {
            QuarkusTransaction.requiringNew().run(() -> handler.unstorable(key, reason));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Article %s could not even be marked failed (%s)", key, reason);
        }
    }

    /** An outage, or a shutdown while waiting one out, is no verdict on the record: it is read again later. */
    public static boolean isNoVerdict(RuntimeException failure) {
        return DatabaseOutage.causedBy(failure) || Thread.currentThread().isInterrupted();
    }

    private static String reason(String topic, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = failure instanceof UnreadableEventException ? failure.getMessage() : root.getMessage();
        String reason = "query-service could not store the " + topic + " record of this article: " + why;
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
