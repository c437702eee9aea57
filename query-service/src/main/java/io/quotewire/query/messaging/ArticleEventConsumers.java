package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.quotewire.support.tracing.ArticleSpans;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The three consumed topics. Each record is applied once in its own transaction, and acknowledged (its offset
 * committed) only after that transaction committed; while the database is unreachable the record waits (see
 * {@link DurableTransaction}); a record that cannot be stored goes to the channel's dead-letter topic, and its
 * article shows as {@code failed} with the reason ({@link UnstorableRecords}).
 */
@ApplicationScoped
public class ArticleEventConsumers {

    static final String UNKNOWN_REASON = "The NLP gave up on this article without saying why";

    private final EventReader reader;
    private final IdempotentReceiver receiver;
    private final ArticleEventHandler handler;
    private final DurableTransaction transaction;
    private final UnstorableRecords unstorable;
    private final ArticleSpans spans;

    public ArticleEventConsumers(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler,
            DurableTransaction transaction, UnstorableRecords unstorable, ArticleSpans spans) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
        this.transaction = transaction;
        this.unstorable = unstorable;
        this.spans = spans;
    }

    /** An ingested article is {@code processing}. */
    @Incoming(Topics.ARTICLES_INGESTED)
    @Blocking
    public void ingested(ConsumerRecord<String, String> record) {
        unstorable.guard(record, () -> {
            ArticleIngested event = reader.read(record.value(), ArticleIngested.class);
            transaction.run(record.topic(), () -> receiver.once(record, () -> handler.ingested(event)));
        });
    }

    /** An article the NLP dead-lettered is {@code failed}, with the reason from the record header. */
    @Incoming(Topics.ARTICLES_INGESTED_DLQ)
    @Blocking
    public void failed(ConsumerRecord<String, String> record) {
        unstorable.guard(record, () -> {
            ArticleIngested event = reader.read(record.value(), ArticleIngested.class);
            String reason = reasonOf(record);
            transaction.run(record.topic(), () -> receiver.once(record, () -> handler.failed(event, reason)));
        });
    }

    /** An enriched article is stored whole; one that cannot be goes to {@code articles.enriched.dlq}. */
    @Incoming(Topics.ARTICLES_ENRICHED)
    @Blocking
    public void enriched(ConsumerRecord<String, String> record) {
        unstorable.guard(record, () -> {
            ArticleEnriched event = reader.read(record.value(), ArticleEnriched.class);
            if (event.article() == null || event.id() == null || !event.id().equals(event.article().id())) {
                throw new UnreadableEventException("The enriched event must carry its article, with the same id");
            }
            // The database write, in the article's trace: a child of this record's consumer span.
            spans.run("store enriched article", event.id(),
                    () -> transaction.run(record.topic(), () -> receiver.once(record, () -> handler.enriched(event))));
        });
    }

    private static String reasonOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        if (header == null || header.value() == null || header.value().length == 0) {
            return UNKNOWN_REASON;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
