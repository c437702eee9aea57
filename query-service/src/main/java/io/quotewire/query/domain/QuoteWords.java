package io.quotewire.query.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quote's words as repeated quotes are compared: lower-case, accents, quote marks and punctuation removed,
 * white space collapsed, so “We have lost,” and "We have lost" are the same words.
 */
public final class QuoteWords {

    /** Quotes shorter than this (in normalised characters) count as repeated only word for word. */
    public static final int MIN_FUZZY_LENGTH = 40;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuoteWords() {}

    /** The normalised words of {@code quote}; empty for null. */
    public static String of(String quote) {
        if (quote == null) {
            return "";
        }
        String unaccented = ACCENTS.matcher(Normalizer.normalize(quote, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
