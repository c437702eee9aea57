package io.quotewire.nlp.service;

/** An article whose enrichment took longer than the configured time budget; it was abandoned. */
public class TimeBudgetExceededException extends RuntimeException {

    public TimeBudgetExceededException(String message) {
        super(message);
    }
}
