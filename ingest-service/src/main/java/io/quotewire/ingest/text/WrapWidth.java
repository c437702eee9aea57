package io.quotewire.ingest.text;

import java.util.List;

/**
 * Whether a text was hard-wrapped, and at which width: most of its lines end near one column (72 for e-mail, 76
 * or 80 for saved pages). A text written one paragraph per line (the seeds) has many long lines and is not wrapped.
 *
 * @param columns the width the lines were wrapped at, 0 when the text is not hard-wrapped
 */
public record WrapWidth(int columns) {

    /** Longer lines are not the product of wrapping; a text with many of them keeps its line breaks. */
    static final int MAX_WRAP_COLUMNS = 100;

    /** Fewer lines than this say nothing about wrapping. */
    private static final int MIN_LINES = 4;

    /** Lines this close to the widest one count as "filled to the width". */
    private static final int NEAR_WIDTH = 15;

    public static final WrapWidth NOT_WRAPPED = new WrapWidth(0);

    /** The wrap width of {@code lines} (blank lines are ignored). */
    public static WrapWidth of(List<String> lines) {
        int count = 0;
        int tooLong = 0;
        int widest = 0;
        for (String line : lines) {
            int length = length(line);
            if (length == 0) {
                continue;
            }
            count++;
            if (length > MAX_WRAP_COLUMNS) {
                tooLong++;
            } else {
                widest = Math.max(widest, length);
            }
        }
        // More than one line in ten longer than any wrap width: the lines are paragraphs.
        if (count < MIN_LINES || tooLong * 10 > count) {
            return NOT_WRAPPED;
        }
        int filled = 0;
        for (String line : lines) {
            int length = length(line);
            if (length > 0 && length <= MAX_WRAP_COLUMNS && length >= widest - NEAR_WIDTH) {
                filled++;
            }
        }
        // Wrapped prose fills most lines to about the width; a list or a poem of short lines does not.
        return filled * 2 >= count ? new WrapWidth(widest) : NOT_WRAPPED;
    }

    /** Whether the text was hard-wrapped. */
    public boolean wrapped() {
        return columns > 0;
    }

    static int length(String line) {
        String visible = line.stripTrailing();
        return visible.codePointCount(0, visible.length());
    }
}
