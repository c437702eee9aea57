package io.quotewire.ingest.text;

import java.util.Locale;

/**
 * Joins a line to the next line of the same paragraph, undoing end-of-line hyphenation ("negoti-" + "ations" →
 * "negotiations") while keeping real compounds ("well-" + "known" → "well-known", "U.S.-" + "North").
 */
public final class LineJoiner {

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char UNICODE_HYPHEN = '\u2010';

    /** Prefixes up to this long ("co", "ex", "pre", "non") stay hyphenated before a word. */
    private static final int SHORT_PREFIX = 3;

    private final DocumentWords vocabulary;

    /** A joiner that trusts {@code vocabulary}, the document's own spelling, before the English word list. */
    public LineJoiner(DocumentWords vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** {@code left} followed by {@code right}: joined at a hyphenated word, else with one space. */
    public String join(String left, String right) {
        String head = left.stripTrailing();
        String tail = right.stripLeading();
        if (head.isEmpty() || tail.isEmpty()) {
            return head + tail;
        }
        char last = head.charAt(head.length() - 1);
        if (last == SOFT_HYPHEN) {
            return head.substring(0, head.length() - 1) + tail;
        }
        boolean hyphen = last == '-' || last == UNICODE_HYPHEN;
        if (!hyphen || head.length() < 2 || Character.isWhitespace(head.charAt(head.length() - 2))
                || !Character.isLetterOrDigit(tail.codePointAt(0))) {
            // A dash set off by spaces, or no hyphen at all: the line break stood for a space.
            return head + " " + tail;
        }
        String before = lastLetters(head.substring(0, head.length() - 1));
        String after = firstLetters(tail);
        if (before.isEmpty() || after.isEmpty() || !Character.isLowerCase(after.codePointAt(0))) {
            // "U.S.-North", "Seong-Chang", "2019-20": a hyphen before a capital or a digit is never hyphenation.
            return head + tail;
        }
        return isHyphenation(before, after) ? head.substring(0, head.length() - 1) + tail : head + tail;
    }

    /** Whether "before-" + "after" was a word split by the typesetter rather than a compound. */
    boolean isHyphenation(String before, String after) {
        String joined = (before + after).toLowerCase(Locale.ROOT);
        String compound = (before + "-" + after).toLowerCase(Locale.ROOT);
        if (vocabulary.hasCompound(compound)) {
            return false;
        }
        if (vocabulary.hasWord(joined) || Lexicon.contains(joined)) {
            return true;
        }
        // Neither spelling is attested: two words ("gold-plated") or a short prefix and a word ("co-chair") read as
        // a compound; a fragment on either side ("negoti-ations", "Orta-gus") as a split word.
        boolean prefix = before.length() <= SHORT_PREFIX || Lexicon.contains(before);
        return !(prefix && Lexicon.contains(after));
    }

    private static String lastLetters(String text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }

    private static String firstLetters(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
