package io.quotewire.query.domain;

import java.util.Optional;

/**
 * The passage a quote answers, which "about X" reads beside the quote's own words: the paragraph before the quote's,
 * the quote's own paragraph up to it, and the rest of its sentence after it (the cue clause). For the Maxwell seed's
 * “The fundamental problem with Trump’s North Korea efforts …,” said David Straub, retired senior U.S. diplomat …
 * that is the paragraph on the nuclear complex at Yongbyon before it and ", said David Straub, retired senior U.S.".
 *
 * @param start where the passage starts in the article text (at or before the quote)
 * @param end where it ends (at or after the quote)
 * @param words the passage's text without the quote's own words and without the words naming its speaker (the cue
 *     names the speaker, and "said David Maxwell" makes no quote about Maxwell)
 */
public record QuoteContext(int start, int end, String words) {

    /** At most this much text before a quote counts as its passage: a wall of text is not one paragraph. */
    static final int MAX_BEFORE = 2_000;
    /** At most this much text after a quote is searched for the end of its sentence. */
    static final int MAX_AFTER = 600;
    private static final String CLOSERS = "”\"’'»)]";
    private static final String TERMINATORS = ".!?";

    /**
     * The passage of the quote {@code [quoteStart, quoteEnd)} in {@code text}, leaving out the speaker's mention
     * {@code [speakerStart, speakerEnd)} (null when none); empty when the quote's offsets do not fit the text.
     */
    public static Optional<QuoteContext> of(String text, int quoteStart, int quoteEnd, Integer speakerStart,
            Integer speakerEnd) {
        if (text == null || quoteStart < 0 || quoteEnd < quoteStart || quoteEnd > text.length()) {
            return Optional.empty();
        }
        int start = passageStart(text, quoteStart);
        int end = sentenceEnd(text, quoteStart, quoteEnd);
        String words = (without(text, start, quoteStart, speakerStart, speakerEnd) + " "
                + without(text, quoteEnd, end, speakerStart, speakerEnd)).strip();
        return Optional.of(new QuoteContext(start, end, words));
    }

    /** {@code text[from, to)} without the span {@code [cutStart, cutEnd)} when it lies inside. */
    private static String without(String text, int from, int to, Integer cutStart, Integer cutEnd) {
        if (cutStart == null || cutEnd == null || cutStart < from || cutEnd > to || cutStart >= cutEnd) {
            return text.substring(from, to);
        }
        return text.substring(from, cutStart) + " " + text.substring(cutEnd, to);
    }

    /** The start of the paragraph before the quote's (its own when it is the first), no further back than the cap. */
    private static int passageStart(String text, int quoteStart) {
        int floor = Math.max(0, quoteStart - MAX_BEFORE);
        int paragraph = text.lastIndexOf('\n', quoteStart - 1) + 1;
        int previousEnd = paragraph;
        while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        int start = previousEnd == 0 ? paragraph : text.lastIndexOf('\n', previousEnd - 1) + 1;
        if (start >= floor) {
            return start;
        }
        // Capped: start at the next word, not inside one.
        int word = floor;
        while (word < quoteStart && !Character.isWhitespace(text.charAt(word - 1))) {
            word++;
        }
        return word;
    }

    /**
     * Where the quote's sentence ends: right after the quote when its words end the sentence ("… eliminated.” Since"),
     * otherwise at the first full stop, question or exclamation mark that is followed by a space or the line's end.
     */
    private static int sentenceEnd(String text, int quoteStart, int quoteEnd) {
        int afterMarks = skipClosers(text, quoteEnd);
        int last = quoteEnd - 1;
        while (last >= quoteStart
                && (Character.isWhitespace(text.charAt(last)) || CLOSERS.indexOf(text.charAt(last)) >= 0)) {
            last--;
        }
        boolean quoteEndsSentence = last >= quoteStart && TERMINATORS.indexOf(text.charAt(last)) >= 0
                || afterMarks < text.length() && TERMINATORS.indexOf(text.charAt(afterMarks)) >= 0;
        if (quoteEndsSentence && !continuesInLowerCase(text, afterMarks)) {
            return afterMarks < text.length() && TERMINATORS.indexOf(text.charAt(afterMarks)) >= 0
                    ? skipClosers(text, afterMarks + 1) : afterMarks;
        }
        int limit = Math.min(text.length(), quoteEnd + MAX_AFTER);
        for (int i = afterMarks; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (TERMINATORS.indexOf(c) >= 0) {
                int next = skipClosers(text, i + 1);
                if (next >= text.length() || Character.isWhitespace(text.charAt(next))) {
                    return next;
                }
            }
        }
        return limit;
    }

    /** Whether the sentence goes on after a quote that ends in a full stop: “Are you ready?” he asked. */
    private static boolean continuesInLowerCase(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || TERMINATORS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private static int skipClosers(String text, int from) {
        int i = from;
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
