package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;

/**
 * nlp-service's sustained consumption of a corpus put onto {@code articles.ingested} at once.
 *
 * @param published articles put onto the topic
 * @param enriched articles whose enriched event arrived before the deadline
 * @param tokens CoreNLP tokens of the enriched articles (counted by the raw pass on the same texts)
 * @param seconds from the first record sent to the last enriched event's arrival
 * @param nlpMillis nlp-service's own processing time per article, as its events report it
 */
public record NlpThroughput(int published, int enriched, long tokens, double seconds, LatencySummary nlpMillis) {

    public double articlesPerSecond() {
        return enriched / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }
}
