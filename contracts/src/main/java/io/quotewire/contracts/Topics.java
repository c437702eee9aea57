package io.quotewire.contracts;

/** Kafka topic names shared by every service; channel names equal topic names. */
public final class Topics {

    /** Articles accepted by ingest-service, keyed by article id. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /**
     * The id of every article ingest-service accepted, keyed by article id (value: when it was accepted). Compacted,
     * so it keeps one record per article for good; every ingest replica reads all of it to answer duplicates.
     */
    public static final String ARTICLE_IDS = "articles.ids";

    /** Articles enriched by nlp-service, keyed by article id. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    /** Ingested articles nlp-service could not enrich; the reason travels in record headers. */
    public static final String ARTICLES_INGESTED_DLQ = "articles.ingested.dlq";

    /** Enriched articles query-service could not store; the reason travels in record headers. */
    public static final String ARTICLES_ENRICHED_DLQ = "articles.enriched.dlq";

    /** Status records (ingested, ingested.dlq) query-service could not apply; the reason travels in record headers. */
    public static final String ARTICLES_STATUS_DLQ = "articles.status.dlq";

    /**
     * nlp-service's own compacted log of the enrichments it started, keyed by article id, so that a record whose
     * enrichment killed the service is not annotated again and again after restarts.
     */
    public static final String ARTICLES_INGESTED_ATTEMPTS = "articles.ingested.attempts";

    /** Record header carrying a dead-lettered record's failure reason (set by SmallRye Reactive Messaging). */
    public static final String DEAD_LETTER_REASON_HEADER = "dead-letter-reason";

    private Topics() {}
}
