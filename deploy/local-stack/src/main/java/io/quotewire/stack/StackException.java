package io.quotewire.stack;

/** A start-up or runtime failure of the local stack, with a message that tells the user what to do. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
