package io.quotewire.stack;

import java.time.Duration;

/** Sleeps between polls, turning an interrupt into a stack failure so loops end promptly on Ctrl-C. */
public final class Pause {

    private Pause() {}

    public static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
