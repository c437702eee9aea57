package io.quotewire.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one normalisation of article text every service agrees on, and the article id derived from it. */
public final class ArticleText {

    private ArticleText() {}

    /** Line breaks become {@code \n}; nothing else is rewritten, so offsets stay meaningful to readers. */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The article id: SHA-256 hex of the normalised text, so the same text always yields the same article. */
    public static String idOf(String normalisedText) {
        return sha256Hex(normalisedText.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
