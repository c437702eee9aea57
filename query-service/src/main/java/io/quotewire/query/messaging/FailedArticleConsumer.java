package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Marks articles the NLP dead-lettered as {@code failed}, with the reason from the record header. */
@ApplicationScoped
public class FailedArticleConsumer {

    static final String UNKNOWN_REASON = "The NLP gave up on this article without saying why";

    private final EventReader reader;
    private final IdempotentReceiver receiver;
    private final ArticleEventHandler handler;

    public FailedArticleConsumer(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
    }

    @Incoming(Topics.ARTICLES_INGESTED_DLQ)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ArticleIngested event = reader.read(record.value(), ArticleIngested.class);
        receiver.once(record, () -> handler.failed(event, reasonOf(record)));
    }

    private static String reasonOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        if (header == null || header.value() == null || header.value().length == 0) {
            return UNKNOWN_REASON;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
