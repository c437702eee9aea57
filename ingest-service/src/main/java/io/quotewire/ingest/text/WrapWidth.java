package io.quotewire.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a text was hard-wrapped, and at which width: the lines inside its blocks end near one column (72 for
 * e-mail, 76 or 80 for saved pages). A text written one paragraph per line (the seeds) has many long lines and is
 * not wrapped; neither is a list of short lines.
 *
 * @param columns the width the lines were wrapped at, 0 when the text is not hard-wrapped
 */
public record WrapWidth(int columns) {

    /** Longer lines are not the product of wrapping; a text with many of them keeps its line breaks. */
    static final int MAX_WRAP_COLUMNS = 100;

    /** Nobody wraps prose narrower than this. */
    static final int MIN_WRAP_COLUMNS = 40;

    /** Fewer inner lines (lines another line of their block follows) than this say nothing about wrapping. */
    private static final int MIN_INNER_LINES = 3;

    /** Lines this close to the widest one count as "filled to the width". */
    private static final int NEAR_WIDTH = 15;

    public static final WrapWidth NOT_WRAPPED = new WrapWidth(0);

    /** The wrap width of {@code lines} (blank lines are ignored). */
    public static WrapWidth of(List<String> lines) {
        int count = 0;
        int tooLong = 0;
        List<Integer> inner = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int length = length(lines.get(i));
            if (length == 0) {
                continue;
            }
            count++;
            if (length > MAX_WRAP_COLUMNS) {
                tooLong++;
            } else if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                    && !TextReflow.BLOCK_START.matcher(lines.get(i + 1)).find()) {
                // Only a line that another line of its block follows can have been broken by a wrapper.
                inner.add(length);
            }
        }
        // More than one line in ten longer than any wrap width: the lines are paragraphs.
        if (inner.size() < MIN_INNER_LINES || tooLong * 10 > count) {
            return NOT_WRAPPED;
        }
        int widest = inner.stream().max(Integer::compare).orElse(0);
        long filled = inner.stream().filter(length -> length >= widest - NEAR_WIDTH).count();
        // Wrapped prose fills most inner lines to about the width (all but the last line of a paragraph that no
        // blank line ends); short lines one after another were written so.
        return widest >= MIN_WRAP_COLUMNS && filled * 2 >= inner.size() ? new WrapWidth(widest) : NOT_WRAPPED;
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
