package io.quotewire.bench.phase;

import io.quotewire.bench.stats.LatencySummary;

/**
 * Figure 7: the largest accepted article through the pipeline beside raw CoreNLP on the same text, and the articles
 * posted right after it.
 *
 * @param chars its length
 * @param tokens CoreNLP's tokens in it
 * @param chunks the paragraph-aligned chunks nlp-service annotates it in
 * @param rawWholeSeconds CoreNLP on the whole text as one document with {@code threads} annotator threads
 *     (CoreNLP's own {@code threads} property: POS and NER tag sentences in parallel)
 * @param rawChunkedBefore CoreNLP on the same chunks, {@code threads} at a time, before the service's pass
 * @param rawChunkedAfter the same, after it
 * @param chunkMillis one chunk on one thread, the mean of the chunked passes (wall time × threads ÷ chunks): the
 *     most a short article should wait behind the long one
 * @param enrichedSeconds POST → {@code enriched} in the query API, or -1 when it did not get there
 * @param nlpSeconds nlp-service's own processing time, as its enriched event reports it
 * @param status the article's status at the end ({@code enriched}, {@code failed}, or {@code processing})
 * @param after POST → {@code enriched} of the articles posted right after it
 */
public record LargestArticle(int chars, long tokens, int chunks, int threads, double rawWholeSeconds,
        double rawChunkedBefore, double rawChunkedAfter, double chunkMillis, double enrichedSeconds,
        double nlpSeconds, String status, LatencySummary after) {

    /** The chunked raw timing: the mean of the passes before and after the service's. */
    public double rawChunkedSeconds() {
        return (rawChunkedBefore + rawChunkedAfter) / 2;
    }

    /** The faster of the two raw ways. */
    public double rawSeconds() {
        return Math.min(rawWholeSeconds, rawChunkedSeconds());
    }
}
