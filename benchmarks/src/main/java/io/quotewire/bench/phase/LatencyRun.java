package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;

/**
 * Articles sent through the whole pipeline at one rate.
 *
 * @param posted articles ingest accepted
 * @param enriched articles seen {@code enriched} in the query API before the deadline
 * @param failed articles seen {@code failed}
 * @param endToEnd from the start of {@code POST /articles} to {@code enriched} in the query API
 * @param nlpMillis nlp-service's own processing time per article, as its events report it
 * @param toTopic from the start of the POST to the enriched event's arrival on the topic (ingest, Kafka, NLP queue
 *     and NLP)
 * @param topicToQuery from the event's arrival on the topic to {@code enriched} in the query API (query-service's
 *     consumer and store, plus the polling delay)
 * @param topicSeconds from the first POST to the last enriched event on the topic
 */
public record LatencyRun(int posted, int enriched, int failed, LatencySummary endToEnd, LatencySummary nlpMillis,
        LatencySummary toTopic, LatencySummary topicToQuery, double topicSeconds) {

    public double articlesPerSecond() {
        return enriched / topicSeconds;
    }
}
