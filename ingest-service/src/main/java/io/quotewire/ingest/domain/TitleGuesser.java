package io.quotewire.ingest.domain;

import java.util.regex.Pattern;

/** Picks an article's title: the document's own title, else a title-like first line, else the opening words. */
public final class TitleGuesser {

    /** Longest first line that can still read as a headline. */
    static final int MAX_TITLE_LINE = 150;

    /** Length at which an opening sentence is cut when it serves as the title. */
    static final int MAX_OPENING = 80;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\h+");

    private TitleGuesser() {}

    /** The title of {@code text} (non-blank), preferring {@code declaredTitle} when it is not blank. */
    public static String guess(String declaredTitle, String text) {
        if (declaredTitle != null && !declaredTitle.isBlank()) {
            return declaredTitle.strip();
        }
        String stripped = text.strip();
        int lineEnd = stripped.indexOf('\n');
        // A Markdown heading marker is layout, not part of the headline.
        String firstLine = MARKDOWN_HEADING.matcher(lineEnd < 0 ? stripped : stripped.substring(0, lineEnd)).replaceFirst("").strip();
        if (lineEnd >= 0 && readsAsTitle(firstLine)) {
            return firstLine;
        }
        return opening(firstLine);
    }

    /** A headline is short, has several words, and does not end like a sentence or a clause. */
    static boolean readsAsTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_LINE || line.split("\\s+").length < 2) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:!\"”’".indexOf(last) < 0;
    }

    /** The first sentence of {@code line}, cut at a word boundary with an ellipsis when it is long. */
    static String opening(String line) {
        String sentence = firstSentence(line);
        if (sentence.length() <= MAX_OPENING) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_OPENING);
        String head = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_OPENING);
        return head.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    private static String firstSentence(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(i + 1))) {
                return line.substring(0, i + 1);
            }
        }
        return line;
    }
}
