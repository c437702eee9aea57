package io.quotewire.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts of accepted, duplicate and rejected uploads, with the reasons for rejections. */
public final class UploadSummary {

    private int accepted;
    private int duplicates;
    private final List<UploadOutcome> rejections = new ArrayList<>();

    public void add(UploadOutcome outcome) {
        switch (outcome.kind()) {
            case ACCEPTED -> accepted++;
            case DUPLICATE -> duplicates++;
            case REJECTED -> rejections.add(outcome);
        }
    }

    public int accepted() {
        return accepted;
    }

    public int duplicates() {
        return duplicates;
    }

    public List<UploadOutcome> rejections() {
        return List.copyOf(rejections);
    }

    /** E.g. {@code 3 files in 1.2 s: 2 accepted, 1 duplicate, 0 rejected}, then one line per rejection. */
    public String render(Duration elapsed) {
        int total = accepted + duplicates + rejections.size();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d %s in %.1f s: %d accepted, %d duplicate, %d rejected", total, total == 1 ? "file" : "files",
                elapsed.toMillis() / 1000.0, accepted, duplicates, rejections.size()));
        for (UploadOutcome rejection : rejections) {
            text.append("\n  rejected ").append(rejection.file()).append(" (").append(rejection.reason()).append(')');
        }
        return text.toString();
    }
}
