package io.quotewire.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normalisation of article text every service agrees on, and the one place the article id is derived.
 *
 * <p>The text an article keeps is the reader's text with only its line breaks made {@code \n} ({@link #normalise}), so
 * that every offset downstream indexes what a reader sees. The id is computed over a canonical form of that text
 * ({@link #canonical}), so the same words give the same article however they were spaced or composed.
 */
public final class ArticleText {

    /** Runs of horizontal white space: spaces, tabs, no-break spaces (U+00A0, U+202F), ideographic space. */
    private static final Pattern HORIZONTAL_SPACE_RUNS = Pattern.compile("\\h+");
    /** White space on either side of a line break. */
    private static final Pattern SPACE_AROUND_LINE_BREAKS = Pattern.compile(" ?\n ?");

    /** Letters and symbols that draw nothing: Braille blank, the Hangul fillers. */
    private static final Set<Integer> BLANK_LOOKING = Set.of(0x2800, 0x115F, 0x1160, 0x3164, 0xFFA0);

    private ArticleText() {}

    /** Line breaks become {@code \n}; nothing else is rewritten, so offsets stay meaningful to readers. */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The form the id is computed over: line breaks {@code \n}, Unicode NFC (a precomposed "é" and "e" + combining
     * accent are one text), every run of horizontal white space one space, no space at the start or end of a line,
     * no white space at the start or end of the text. Blank lines, letters, case and punctuation are kept.
     */
    public static String canonical(String text) {
        String composed = Normalizer.normalize(normalise(text), Normalizer.Form.NFC);
        String spaced = HORIZONTAL_SPACE_RUNS.matcher(composed).replaceAll(" ");
        return SPACE_AROUND_LINE_BREAKS.matcher(spaced).replaceAll("\n").strip();
    }

    /** The article id: SHA-256 hex of the {@link #canonical} form of {@code text}. */
    public static String idOf(String text) {
        return sha256Hex(canonical(text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code text} has anything a reader can see: a code point that is not white space (Unicode's, NBSP
     * included), not a control character and not an invisible format character (zero-width space, joiners, BOM).
     */
    public static boolean hasVisibleText(String text) {
        return text != null && text.codePoints().anyMatch(ArticleText::visible);
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static boolean visible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        // U+200B zero-width space is FORMAT in Java's tables, as are the joiners, U+2060 and the BOM U+FEFF.
        return type != Character.FORMAT && type != Character.UNASSIGNED && !BLANK_LOOKING.contains(codePoint);
    }
}
