package io.quotewire.query.domain;

import java.time.Instant;

/**
 * An article in a list: enough to show a row, tell it from others of the same title, and link to it.
 *
 * @param author the writer as the document names them, or null
 * @param siteName the publication it appeared in, or null
 * @param publishedAt when it was published (request, document metadata or dateline), null when unknown
 * @param copyOf the id of the earlier article this one is a copy of, null when none
 */
public record ArticleSummary(
        String id, String title, String source, Instant receivedAt, String status, int entityCount, int quoteCount,
        String author, String siteName, Instant publishedAt, String copyOf) {}
