package io.quotewire.stack;

import java.nio.file.Path;
import java.time.Duration;

/** A child process the {@link Supervisor} keeps running: started, waited for, probed and stopped. */
public interface Supervised {

    /** What the process is, as printed ("nlp-service"). */
    String name();

    /** Launches the process; {@link #awaitReady} then waits until it serves. */
    void start();

    /** Waits until the process serves; throws {@link StackException} if it dies or the time runs out first. */
    void awaitReady(Duration timeout);

    /** Waits up to {@code timeout} for the process to end; true when it is not running. */
    boolean awaitExit(Duration timeout);

    /** One liveness probe: false when the process answers DOWN or does not answer in time. */
    boolean isLive();

    /** How the last run ended ("exited with code 137 (killed by signal 9)"). */
    String exitDescription();

    /** Stops the process: politely, then firmly. Nothing happens when it is not running. */
    void stop();

    /** Where the process writes its output. */
    Path logFile();
}
