package io.quotewire.query.domain;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
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

    /** How many words at each end identify a quote for the search of similar ones. */
    public static final int END_WORDS = 6;

    private static final HashFunction MURMUR = Hashing.murmur3_128(0x0b0e);

    /** A hash of the first {@link #END_WORDS} of normalised {@code words} (all of them when fewer). */
    public static String head(String words) {
        String[] all = words.split(" ");
        return hash(String.join(" ", Arrays.copyOfRange(all, 0, Math.min(all.length, END_WORDS))));
    }

    /** A hash of the last {@link #END_WORDS} of normalised {@code words} (all of them when fewer). */
    public static String tail(String words) {
        String[] all = words.split(" ");
        return hash(String.join(" ", Arrays.copyOfRange(all, Math.max(0, all.length - END_WORDS), all.length)));
    }

    private static String hash(String words) {
        return MURMUR.hashString(words, StandardCharsets.UTF_8).toString();
    }

    /** The normalised words of {@code quote}; empty for null. */
    public static String of(String quote) {
        if (quote == null) {
            return "";
        }
        String unaccented = ACCENTS.matcher(Normalizer.normalize(quote, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
