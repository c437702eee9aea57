package io.quotewire.nlp.config;

import io.quotewire.engine.attribution.AttributionEngine;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java attribution engine injectable; one instance serves every thread. */
public class AttributionEngineProducer {

    @Produces
    @Singleton
    AttributionEngine attributionEngine() {
        return new AttributionEngine();
    }
}
