package io.quotewire.nlp.messaging;

import java.time.Instant;

/**
 * What nlp-service last did with one {@code articles.ingested} record, as the attempts topic keeps it by article id.
 *
 * @param partition the record's partition
 * @param offset the record's offset: a re-published article (reprocess) is a new record and starts afresh
 * @param attempt how many deliveries of this record started annotating it, this one included
 * @param state {@code STARTED} while (or if it died while) annotating; {@code FAILED} once it was given up on
 * @param reason why it failed, for a redelivery to dead-letter it with the same reason; null while started
 */
public record EnrichmentAttempt(int partition, long offset, int attempt, State state, String reason, Instant at) {

    /** Where the attempt got to. */
    public enum State { STARTED, FAILED }

    /** Whether this is an attempt at the record at {@code partition} and {@code offset}. */
    public boolean isFor(int recordPartition, long recordOffset) {
        return partition == recordPartition && offset == recordOffset;
    }

    /** The next delivery of the record starting to annotate it. */
    static EnrichmentAttempt started(int partition, long offset, int attempt) {
        return new EnrichmentAttempt(partition, offset, attempt, State.STARTED, null, Instant.now());
    }

    /** This attempt, given up on for {@code why}. */
    EnrichmentAttempt failed(String why) {
        return new EnrichmentAttempt(partition, offset, attempt, State.FAILED, why, Instant.now());
    }
}
