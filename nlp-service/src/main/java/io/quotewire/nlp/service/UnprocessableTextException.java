package io.quotewire.nlp.service;

/** A text that can never be enriched as it is (empty, too long); retrying it will not help. */
public class UnprocessableTextException extends RuntimeException {

    public UnprocessableTextException(String message) {
        super(message);
    }
}
