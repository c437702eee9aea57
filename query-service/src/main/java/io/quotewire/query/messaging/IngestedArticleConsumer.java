package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Marks ingested articles {@code processing}; the offset is committed only after the transaction. */
@ApplicationScoped
public class IngestedArticleConsumer {

    private final EventReader reader;
    private final IdempotentReceiver receiver;
    private final ArticleEventHandler handler;

    public IngestedArticleConsumer(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
    }

    @Incoming(Topics.ARTICLES_INGESTED)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ArticleIngested event = reader.read(record.value(), ArticleIngested.class);
        receiver.once(record, () -> handler.ingested(event));
    }
}
