package io.quotewire.query.messaging;

/** A record whose value is not the event its topic promises; it goes to the dead-letter topic with this message. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
