package io.quotewire.stack;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line text progress bar redrawn in place with a carriage return. */
public final class ProgressBar {

    private static final int LABEL_WIDTH = 40;

    private final PrintStream out;
    private final int total;
    private final int width;
    private int done;

    public ProgressBar(PrintStream out, int total, int width) {
        this.out = out;
        this.total = total;
        this.width = width;
    }

    /** Counts one more item done and redraws the line with the item's label. */
    public void advance(String label) {
        done++;
        out.print("\r" + render(done, label));
        out.flush();
    }

    /** Ends the bar's line so what follows starts on a new one. */
    public void finish() {
        out.println();
    }

    /** E.g. {@code [##########----------]   5/10  50%  file.txt}, padded so a shorter label erases a longer one. */
    public String render(int doneCount, String label) {
        int filled = total == 0 ? width : (int) ((long) width * doneCount / total);
        int percent = total == 0 ? 100 : (int) (100L * doneCount / total);
        String digits = String.valueOf(total);
        return String.format(Locale.ROOT, "[%s%s] %" + digits.length() + "d/%s %3d%%  %-" + LABEL_WIDTH + "s",
                "#".repeat(filled), "-".repeat(width - filled), doneCount, digits, percent, shorten(label));
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_WIDTH ? label : "…" + label.substring(label.length() - LABEL_WIDTH + 1);
    }
}
