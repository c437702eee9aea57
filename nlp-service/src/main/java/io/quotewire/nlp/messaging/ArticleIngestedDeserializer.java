package io.quotewire.nlp.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import io.quotewire.contracts.ArticleIngested;

/** Reads {@code articles.ingested} record values as JSON. */
public class ArticleIngestedDeserializer extends ObjectMapperDeserializer<ArticleIngested> {

    public ArticleIngestedDeserializer() {
        super(ArticleIngested.class);
    }
}
