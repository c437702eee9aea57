package io.quotewire.nlp.service;

/**
 * An enrichment cut short because nlp-service is stopping, not because of the article: it must be neither
 * acknowledged nor given up on, so that the next start reads it again.
 */
public class EnrichmentStoppedException extends RuntimeException {

    public EnrichmentStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
