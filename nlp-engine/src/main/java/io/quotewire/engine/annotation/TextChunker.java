package io.quotewire.engine.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into consecutive chunks of at most {@code maxChars} characters that end where a paragraph or a
 * line ends, so that each chunk can be annotated on its own and the annotations joined back with
 * {@link AnnotatedText#join}.
 *
 * <p>Why line ends: the pipeline breaks sentences at every newline ({@code ssplit.newlineIsSentenceBreak=always}) and
 * tags each sentence on its own, so a chunk that ends after a newline gets the same tokens, sentences and entity
 * mentions as the whole text would. Only a line longer than {@code maxChars} (a text with no line breaks at all) is
 * cut inside, after a sentence end if one is in reach, else at a space. Such a cut may annotate differently near it:
 * the sentence splitter keeps track of open quotation marks, so a closing mark after the cut can start a sentence of
 * its own instead of ending the one before.
 */
public final class TextChunker {

    private static final String SENTENCE_ENDS = ".!?";
    private static final String CLOSING_MARKS = "\"'”’»)";

    private final int maxChars;

    /** @param maxChars longest chunk, in characters */
    public TextChunker(int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("A chunk must hold at least 2 characters, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The chunks covering {@code text} from its first to its last character, in order; none for an empty text. */
    public List<TextChunk> chunks(String text) {
        List<TextChunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.length() - start <= maxChars ? text.length() : cut(text, start, start + maxChars);
            chunks.add(new TextChunk(start, end));
            start = end;
        }
        return chunks;
    }

    /**
     * Where a chunk starting at {@code start} ends, at most at {@code limit}: after a paragraph end in the later half
     * of the chunk, else after any line end, else inside the line (a sentence end in the later half, else a space).
     */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        int cut = lastBlankLine(text, half, limit);
        if (cut < 0) {
            cut = lastNewline(text, start + 1, limit);
        }
        if (cut < 0) {
            cut = lastSentenceEnd(text, half, limit);
        }
        if (cut < 0) {
            cut = lastSpace(text, start + 1, limit);
        }
        if (cut < 0) {
            cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        }
        return cut;
    }

    /** The position right after the last {@code \n\n} ending in {@code (from, limit]}, or -1. */
    private static int lastBlankLine(String text, int from, int limit) {
        for (int i = limit; i > from + 1; i--) {
            if (text.charAt(i - 1) == '\n' && text.charAt(i - 2) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The position right after the last newline in {@code [from, limit)}, or -1. */
    private static int lastNewline(String text, int from, int limit) {
        int newline = text.lastIndexOf('\n', limit - 1);
        return newline >= from ? newline + 1 : -1;
    }

    /** The position of the last space in {@code (from, limit]} that follows a sentence end (and its closing marks). */
    private static int lastSentenceEnd(String text, int from, int limit) {
        for (int i = limit; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsSentence(String text, int space) {
        int i = space - 1;
        while (i >= 0 && CLOSING_MARKS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** The position of the last whitespace in {@code [from, limit]}, or -1. */
    private static int lastSpace(String text, int from, int limit) {
        for (int i = limit; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** One chunk: characters {@code [start, end)} of the text it was cut from. */
    public record TextChunk(int start, int end) {

        /** The chunk's characters. */
        public String of(String text) {
            return text.substring(start, end);
        }

        /** Its length in characters. */
        public int length() {
            return end - start;
        }
    }
}
