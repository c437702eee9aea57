package io.quotewire.stack;

/** A command line the launcher cannot act on; its message is shown to the user as is. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
