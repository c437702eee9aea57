package io.quotewire.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quotewire.ingest.domain.IngestOutcome;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts submitted documents by outcome ({@code quotewire_ingest_documents_total{status=…}} in Prometheus). */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one outcome. */
    public void record(IngestOutcome outcome) {
        registry.counter("quotewire.ingest.documents", "status", outcome.status()).increment();
    }
}
