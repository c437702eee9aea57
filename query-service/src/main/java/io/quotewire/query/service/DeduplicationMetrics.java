package io.quotewire.query.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * What finding copies and repeated quotes costs per stored article ({@code quotewire_query_deduplication_seconds},
 * with p50 and p99) and what it finds ({@code quotewire_query_copies_total}, {@code quotewire_query_repeated_quotes_total}).
 */
@ApplicationScoped
public class DeduplicationMetrics {

    private final Timer duration;
    private final Counter copies;
    private final Counter repeatedQuotes;

    public DeduplicationMetrics(MeterRegistry registry) {
        this.duration = Timer.builder("quotewire.query.deduplication")
                .description("Time to find an enriched article's copies and repeated quotes, lock wait included")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.copies = Counter.builder("quotewire.query.copies")
                .description("Articles marked a copy, also when their original is stored after them").register(registry);
        this.repeatedQuotes = Counter.builder("quotewire.query.repeated.quotes")
                .description("Quotes stored as a repeat of an earlier occurrence").register(registry);
    }

    /**
     * One article deduplicated in {@code nanos}: how many articles became copies (it, or an original stored before
     * it that it is older than), and how many of its quotes are repeats.
     */
    public void deduplicated(long nanos, int newCopies, long repeats) {
        duration.record(nanos, TimeUnit.NANOSECONDS);
        copies.increment(newCopies);
        repeatedQuotes.increment(repeats);
    }
}
