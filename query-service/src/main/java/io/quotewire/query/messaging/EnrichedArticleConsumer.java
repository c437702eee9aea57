package io.quotewire.query.messaging;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.Topics;
import io.quotewire.query.service.ArticleEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores enriched articles; a record that cannot be stored goes to {@code articles.enriched.dlq}. */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private final EventReader reader;
    private final IdempotentReceiver receiver;
    private final ArticleEventHandler handler;

    public EnrichedArticleConsumer(EventReader reader, IdempotentReceiver receiver, ArticleEventHandler handler) {
        this.reader = reader;
        this.receiver = receiver;
        this.handler = handler;
    }

    @Incoming(Topics.ARTICLES_ENRICHED)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ArticleEnriched event = reader.read(record.value(), ArticleEnriched.class);
        if (event.article() == null || event.id() == null || !event.id().equals(event.article().id())) {
            throw new UnreadableEventException("The enriched event must carry its article, with the same id");
        }
        receiver.once(record, () -> handler.enriched(event));
    }
}
