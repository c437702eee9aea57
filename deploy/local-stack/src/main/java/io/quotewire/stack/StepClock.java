package io.quotewire.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs start-up steps one after another, printing each with how long it took. */
public final class StepClock {

    private final PrintStream out;
    private final Instant started = Instant.now();

    public StepClock(PrintStream out) {
        this.out = out;
    }

    /** Runs the step and prints {@code ✓ <what> (<seconds> s)}; the step's result is its detail, if any. */
    public void step(String what, Supplier<String> step) {
        Instant begin = Instant.now();
        if (System.console() != null) {
            // Only a terminal can overwrite this line; in a log file it would be noise.
            out.print("  … " + what + "\r");
            out.flush();
        }
        String detail = step.get();
        out.println(String.format(Locale.ROOT, "  ✓ %-44s %5.1f s%s", what, seconds(Duration.between(begin,
                Instant.now())), detail == null || detail.isBlank() ? "" : "   " + detail));
    }

    /** Time since the clock was made. */
    public Duration elapsed() {
        return Duration.between(started, Instant.now());
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
