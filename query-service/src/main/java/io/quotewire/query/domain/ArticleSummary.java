package io.quotewire.query.domain;

import java.time.Instant;

/** An article in a list: enough to show a row and link to it. */
public record ArticleSummary(
        String id, String title, String source, Instant receivedAt, String status, int entityCount, int quoteCount) {}
