package io.quotewire.query.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.service.ArticleEventHandler;
import io.quotewire.query.service.StoreStatistics;
import io.quotewire.support.tracing.ArticleSpans;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stores one poll's worth of {@code articles.enriched} records in a single transaction: one commit, one
 * de-duplication lock and a few set-based statements for the whole batch instead of for every article, which is
 * what lets the store keep up with a burst. A record that cannot be read goes to the dead-letter topic alone; when
 * the batch as a whole is refused, each record is stored in its own transaction, so only the one the database
 * refuses is dead-lettered (its article {@code failed} with the reason). Nothing is acknowledged before it is
 * stored or dead-lettered.
 */
@ApplicationScoped
public class EnrichedBatches {

    static final String STORE_SPAN = "store enriched article";
    private static final Logger LOG = Logger.getLogger(EnrichedBatches.class);

    private final EventReader reader;
    private final IdempotentReceiver receiver;
    private final ArticleEventHandler handler;
    private final DurableTransaction transaction;
    private final UnstorableRecords unstorable;
    private final ArticleSpans spans;
    private final MessageMetrics metrics;
    private final StoreStatistics statistics;
    private final long maxTransactionChars;

    public EnrichedBatches(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler,
            DurableTransaction transaction, UnstorableRecords unstorable, ArticleSpans spans, MessageMetrics metrics,
            StoreStatistics statistics,
            @ConfigProperty(name = "quotewire.query.batch.max-transaction-chars") long maxTransactionChars) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
        this.transaction = transaction;
        this.unstorable = unstorable;
        this.spans = spans;
        this.metrics = metrics;
        this.statistics = statistics;
        this.maxTransactionChars = maxTransactionChars;
    }

    /**
     * Stores or dead-letters every record of the batch; returns once each has been. Throws only when the database
     * is out of reach and the service is stopping: then nothing of the batch is acknowledged, and it is read again.
     */
    public void store(List<KafkaRecord<String, String>> batch) {
        List<Readable> readable = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch) {
            ConsumerRecord<String, String> record = consumerRecord(message);
            try {
                readable.add(new Readable(message, record, read(record)));
            } catch (RuntimeException e) {
                deadLetter(message, record, e);
            }
        }
        // A poll of large articles is stored in several transactions, so that one holds at most a few of them in
        // the persistence context and the statements (the largest accepted article is 1,000,000 characters).
        List<Readable> part = new ArrayList<>();
        long chars = 0;
        for (Readable one : readable) {
            long size = one.record().value() == null ? 0 : one.record().value().length();
            if (!part.isEmpty() && chars + size > maxTransactionChars) {
                storeTogether(part);
                part = new ArrayList<>();
                chars = 0;
            }
            part.add(one);
            chars += size;
        }
        if (!part.isEmpty()) {
            storeTogether(part);
        }
    }

    /** Stores the records in one transaction; when the database refuses it, each in its own. */
    private void storeTogether(List<Readable> readable) {
        try {
            storeInOneTransaction(readable);
        } catch (RuntimeException e) {
            if (UnstorableRecords.isNoVerdict(e)) {
                throw e;
            }
            if (readable.size() == 1) {
                deadLetter(readable.get(0).message(), readable.get(0).record(), e);
                return;
            }
            LOG.warnf("A batch of %d enriched articles was refused (%s); storing them one at a time",
                    readable.size(), e.getMessage());
            for (Readable one : readable) {
                try {
                    storeInOneTransaction(List.of(one));
                } catch (RuntimeException refused) {
                    if (UnstorableRecords.isNoVerdict(refused)) {
                        throw refused;
                    }
                    deadLetter(one.message(), one.record(), refused);
                }
            }
        }
    }

    /** Applies the records not applied before; an article enriched twice in the batch keeps its later event. */
    private void storeInOneTransaction(List<Readable> records) {
        Map<String, Span> started = new LinkedHashMap<>();
        for (Readable one : records) {
            Context parent = TracingMetadata.fromMessage(one.message()).map(TracingMetadata::getCurrentContext)
                    .orElse(Context.current());
            Span previous = started.put(one.event().id(), spans.start(STORE_SPAN, one.event().id(), parent));
            if (previous != null) {
                previous.end();
            }
        }
        try {
            transaction.run(records.get(0).record().topic(), () -> {
                Map<ConsumerRecord<String, String>, ArticleEnriched> events = new LinkedHashMap<>();
                records.forEach(one -> events.put(one.record(), one.event()));
                Map<String, ArticleEnriched> latest = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> fresh : receiver.firstDeliveries(List.copyOf(events.keySet()))) {
                    ArticleEnriched event = events.get(fresh);
                    latest.remove(event.id());
                    latest.put(event.id(), event);
                }
                if (!latest.isEmpty()) {
                    handler.enrichedAll(List.copyOf(latest.values()));
                }
            });
            metrics.batch(records.size());
        } catch (RuntimeException e) {
            started.values().forEach(span -> ArticleSpans.failed(span, e));
            throw e;
        } finally {
            started.values().forEach(Span::end);
        }
        try {
            statistics.stored(records.size());
        } catch (RuntimeException e) {
            // The batch is stored: statistics a little late cost speed, never a record.
            LOG.warnf("The store's tables could not be analyzed (%s); autovacuum will", e.getMessage());
        }
    }

    private ArticleEnriched read(ConsumerRecord<String, String> record) {
        ArticleEnriched event = reader.read(record.value(), ArticleEnriched.class);
        if (event.article() == null || event.id() == null || !event.id().equals(event.article().id())) {
            throw new UnreadableEventException("The enriched event must carry its article, with the same id");
        }
        return event;
    }

    /** Marks the record's article failed with the reason, then sends the record to its dead-letter topic. */
    private void deadLetter(KafkaRecord<String, String> message, ConsumerRecord<String, String> record,
            RuntimeException failure) {
        unstorable.markFailed(record, failure);
        message.nack(failure).toCompletableFuture().join();
    }

    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("A Kafka record without its consumer record"));
        return record;
    }

    /** A record of the batch and the event it carries. */
    private record Readable(KafkaRecord<String, String> message, ConsumerRecord<String, String> record,
            ArticleEnriched event) {}
}
