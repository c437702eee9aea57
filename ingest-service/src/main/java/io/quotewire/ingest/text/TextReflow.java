package io.quotewire.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of plain text (a .txt file, an e-mail body): blank lines end paragraphs; in hard-wrapped
 * text a line joins the next when the next one's first word would not have fitted on it (the wrapper broke the line,
 * not the writer); list items and Markdown-style headings start paragraphs; text that is not hard-wrapped keeps every
 * line break as a paragraph break.
 */
public final class TextReflow {

    /** A list item or heading marker at the start of a line: "- ", "* ", "• ", "1. ", "a) ", "# ". */
    static final Pattern BLOCK_START = Pattern.compile(
            "^\\h*(?:[-*+\\u2022\\u2023\\u25E6\\u25AA\\u2013]\\h+|\\d{1,3}[.)]\\h+|[a-z][.)]\\h+|#{1,6}\\h)");

    /** A rule or a setext underline: "-----", "=====", "* * *". */
    private static final Pattern RULE = Pattern.compile("^\\h*(?:[-=_~*]\\h*){3,}$");

    /** A line ending a sentence: [.!?:] and maybe closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"'\\u201D\\u2019)\\]]*\\h*$");

    private final LineJoiner joiner;

    private TextReflow(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /** The paragraphs of {@code text} (line breaks already {@code \n}), each as one line of words. */
    public static List<String> paragraphs(String text) {
        return new TextReflow(new LineJoiner(DocumentWords.of(text))).reflow(lines(text));
    }

    /**
     * The paragraphs made of one block's {@code lines} (no blank line among them) at {@code width}, joined with
     * {@code joiner}: for callers that found the blocks themselves (a Markdown paragraph's soft line breaks).
     */
    public static List<String> joinLines(List<String> lines, WrapWidth width, LineJoiner joiner) {
        List<String> paragraphs = new ArrayList<>();
        new TextReflow(joiner).block(lines, width, paragraphs);
        return paragraphs;
    }

    static List<String> lines(String text) {
        return List.of(text.replace('\f', '\n').split("\n", -1));
    }

    private List<String> reflow(List<String> lines) {
        WrapWidth width = WrapWidth.of(lines);
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || RULE.matcher(line).matches()) {
                block(block, width, paragraphs);
                block.clear();
            } else {
                block.add(line);
            }
        }
        block(block, width, paragraphs);
        return paragraphs;
    }

    private void block(List<String> lines, WrapWidth width, List<String> paragraphs) {
        String paragraph = null;
        String previous = null;
        for (String line : lines) {
            if (paragraph != null && continues(previous, line, width)) {
                paragraph = joiner.join(paragraph, line);
            } else {
                if (paragraph != null) {
                    paragraphs.add(paragraph);
                }
                paragraph = line;
            }
            previous = line;
        }
        if (paragraph != null) {
            paragraphs.add(paragraph);
        }
    }

    /** Whether {@code next} continues the paragraph whose last line is {@code line}. */
    static boolean continues(String line, String next, WrapWidth width) {
        if (!width.wrapped() || BLOCK_START.matcher(next).find()) {
            return false;
        }
        String nextTrimmed = next.strip();
        int nextWord = nextTrimmed.indexOf(' ') < 0 ? nextTrimmed.length() : nextTrimmed.indexOf(' ');
        int needed = WrapWidth.length(line) + 1 + nextWord;
        boolean wouldNotFit = needed > width.columns();
        int first = nextTrimmed.codePointAt(0);
        if (SENTENCE_END.matcher(line).find() && !Character.isLowerCase(first)) {
            // "…talks. / The next…": a full stop before a capital may be where the writer ended the paragraph, so
            // only a line filled to the width joins.
            return wouldNotFit;
        }
        // Mid-sentence: wrappers that balance lines (fmt) leave some slack, and a line that reads on in lower case
        // continues even when it is short.
        int slack = width.columns() / 8;
        return needed > width.columns() - slack
                || (Character.isLowerCase(first) && WrapWidth.length(line) * 2 >= width.columns());
    }
}
