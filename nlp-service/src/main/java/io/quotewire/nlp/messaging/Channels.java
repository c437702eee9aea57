package io.quotewire.nlp.messaging;

/** Reactive Messaging channel names of this service; their topics are set in application.properties. */
final class Channels {

    /** Reads topic {@code articles.ingested}. */
    static final String ARTICLES_INGESTED = "articles-ingested";

    /** Writes topic {@code articles.enriched}. */
    static final String ARTICLES_ENRICHED = "articles-enriched";

    /** Worker pool the NLP runs on; its size is the number of articles annotated at once. */
    static final String NLP_WORKER_POOL = "nlp";

    private Channels() {}
}
