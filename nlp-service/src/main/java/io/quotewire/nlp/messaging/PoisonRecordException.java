package io.quotewire.nlp.messaging;

/** A record that was already given up on, or whose annotation stopped the service too often: not annotated again. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }
}
