package io.quotewire.engine.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks (“ ” ‘ ’ " ' « » and mixed pairs), telling apostrophes from quote marks.
 *
 * <p>A paragraph that opens a quote without closing it continues into the next paragraph only when that one opens
 * with a quote mark again (the newspaper convention); otherwise the opening mark is dropped, so one stray mark never
 * swallows the rest of the article. Single-quoted spans inside a double-quoted one belong to it.
 */
final class QuoteMarkScanner {

    /** Every quotation in {@code text}, in order, not overlapping. */
    List<QuoteSpan> scan(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int openDouble = -1;
        int openSingle = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipBlankLines(text, i);
                if (openDouble >= 0 && next < text.length() && isDoubleOpener(text, next)) {
                    i = next + 1; // the quotation runs on into this paragraph
                    continue;
                }
                openDouble = -1;
                openSingle = -1;
                i++;
                continue;
            }
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                // Two apostrophes stand for a double quote mark in some wire copy: ''I have never …''
                if (openDouble < 0 && !followsWord(text, i)) {
                    openDouble = i;
                    openSingle = -1;
                } else if (openDouble >= 0) {
                    spans.add(new QuoteSpan(openDouble, i + 2, openDouble + (text.charAt(openDouble) == '\'' ? 2 : 1), i));
                    openDouble = -1;
                }
                i += 2;
                continue;
            }
            if (isDoubleMark(c)) {
                if (openDouble < 0) {
                    if (isDoubleOpener(text, i)) {
                        openDouble = i;
                        openSingle = -1;
                    }
                } else if (c == '“' || c == '«') {
                    openDouble = i; // a second opener: the first was stray
                } else {
                    spans.add(new QuoteSpan(openDouble, i + 1, openDouble + 1, i));
                    openDouble = -1;
                }
            } else if (openDouble < 0 && isSingleMark(c)) {
                if (openSingle < 0) {
                    if (isSingleOpener(text, i)) {
                        openSingle = i;
                    }
                } else if (isSingleCloser(text, i)) {
                    spans.add(new QuoteSpan(openSingle, i + 1, openSingle + 1, i));
                    openSingle = -1;
                }
            }
            i++;
        }
        return spans;
    }

    private static boolean isDoubleMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
    }

    private static boolean isSingleMark(char c) {
        return c == '‘' || c == '’' || c == '\'';
    }

    /** “ « „ always open; a straight " opens when it does not follow a word. */
    private static boolean isDoubleOpener(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„') {
            return true;
        }
        if (c == '"') {
            return !followsWord(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }

    /** ‘ or ' opens when it does not follow a word and starts a word that is not an elision ('90s, 'til). */
    private static boolean isSingleOpener(String text, int i) {
        if (followsWord(text, i) || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Character.isDigit(next)) {
            return false;
        }
        return text.charAt(i) == '‘' ? !Character.isWhitespace(next) : Character.isLetter(next);
    }

    /** ’ or ' closes when it follows a word or punctuation and no letter follows (don’t, Kim’s stay apostrophes). */
    private static boolean isSingleCloser(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean followsWord(String text, int i) {
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static int skipBlankLines(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
