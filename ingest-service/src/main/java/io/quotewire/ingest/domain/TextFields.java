package io.quotewire.ingest.domain;

import io.quotewire.support.problem.ProblemException;

/**
 * The rules every text a caller sends must keep (JSON text, title, source, url; the form field source): no character
 * PostgreSQL cannot store, and at most its documented length. Checked before anything is published, so that nothing
 * accepted is later refused by the database and lost.
 */
public final class TextFields {

    private TextFields() {}

    /** Refuses {@code value} of {@code field} (null passes) when over {@code maxLength} or holding an unstorable character. */
    public static void check(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw new ProblemException(IngestProblem.FIELD_TOO_LONG, field + " has " + value.length()
                    + " characters; at most " + maxLength + " are accepted.");
        }
        checkCharacters(field, value);
    }

    /** Refuses {@code value} when it holds U+0000 (NUL) or half of a surrogate pair, which no database text can hold. */
    public static void checkCharacters(String field, String value) {
        int at = firstUnstorable(value);
        if (at >= 0) {
            String what = value.charAt(at) == '\u0000' ? "the NUL character (U+0000)"
                    : String.format("a lone surrogate (U+%04X)", (int) value.charAt(at));
            throw new ProblemException(IngestProblem.INVALID_CHARACTERS, field + " holds " + what + " at character "
                    + (at + 1) + ", which cannot be stored; remove it and send the article again.");
        }
    }

    /** The index of the first NUL or unpaired surrogate in {@code value}, or -1. */
    static int firstUnstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
