package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The three consumed topics. Each status record is applied once in its own transaction, enriched records a batch
 * at a time, and a record is acknowledged (its offset committed) only after its transaction committed; while the
 * database is unreachable the record waits (see
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
    private final EnrichedBatches batches;

    public ArticleEventConsumers(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler,
            DurableTransaction transaction, UnstorableRecords unstorable, EnrichedBatches batches) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
        this.transaction = transaction;
        this.unstorable = unstorable;
        this.batches = batches;
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

    /**
     * Enriched articles are stored whole, a poll's worth in one transaction ({@link EnrichedBatches}); one that
     * cannot be goes to {@code articles.enriched.dlq}. The batch is acknowledged once every record of it was stored
     * or dead-lettered.
     */
    @Incoming(Topics.ARTICLES_ENRICHED)
    @Blocking
    public CompletionStage<Void> enriched(KafkaRecordBatch<String, String> batch) {
        batches.store(batch.getRecords());
        return batch.ack();
    }

    private static String reasonOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        if (header == null || header.value() == null || header.value().length == 0) {
            return UNKNOWN_REASON;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
