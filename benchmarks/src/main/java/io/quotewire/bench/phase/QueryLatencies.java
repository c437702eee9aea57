package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;
import java.util.Map;

/**
 * Query latencies with a given number of articles stored.
 *
 * @param articles articles in the store when measured
 * @param errors answers other than 200
 * @param emptyAnswers answers with no result (a question the store could not answer is a cheaper question)
 * @param meanMatches per path, the mean {@code total} the answers reported: how much each question matched (a lower
 *     bound where query-service stopped counting)
 * @param cappedShare per path, the share of answers whose total was a lower bound
 * @param quotesAbout {@code /quotes?about=} an entity's name (its words, references and passages; issue 19), keyed
 *     {@code /quotes?about} in the maps
 */
public record QueryLatencies(long articles, LatencySummary quotesBySpeaker, LatencySummary entitiesByPrefix,
        LatencySummary search, LatencySummary quotesAbout, int errors, int emptyAnswers, Map<String, Double> meanMatches,
        Map<String, Double> cappedShare) {}
