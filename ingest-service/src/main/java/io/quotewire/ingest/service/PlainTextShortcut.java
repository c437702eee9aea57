package io.quotewire.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises a file that is plainly what its name says (.txt or .md, clean UTF-8 prose) without Tika's detection. */
// Tika's content detection tries some 1,700 magic patterns on every file (about 1 ms here, a third of ingest's CPU
// per small file). For a file named as text whose bytes are UTF-8 prose it can only answer what the name says, so
// such files skip it. Anything that might be another format (binary bytes, markup, mail or HTTP headers, scripts,
// RTF, PDF or PostScript openings) still goes through Tika and is answered exactly as before.
final class PlainTextShortcut {

    /** Extensions that declare prose, with the type Tika's name globs give them. */
    private static final Map<String, String> DECLARED_TYPES = Map.of(
            "txt", "text/plain",
            "text", "text/plain",
            "md", "text/markdown",
            "markdown", "text/markdown");

    /** Tika's markup, mail and HTTP-header patterns look this far into a file. */
    private static final int MAGIC_REACH = 8192;

    /** A line opening like a header field ("From:", "Content-Type:", "BEGIN:VCARD"): mail, HTTP, vCard, robots.txt. */
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[A-Za-z][A-Za-z0-9-]*:");

    private PlainTextShortcut() {}

    /**
     * The decoded text and declared type of {@code bytes}, or empty when Tika must look at them.
     *
     * @param text the characters, a UTF-8 byte-order mark removed, nothing else changed
     * @param type {@code text/plain} or {@code text/markdown}, as the name declares
     */
    record Recognised(String text, String type) {}

    /** {@code bytes} as declared text when the name declares prose and nothing in the bytes says otherwise. */
    static Optional<Recognised> recognise(byte[] bytes, String fileName) {
        String type = declaredType(fileName);
        if (type == null) {
            return Optional.empty();
        }
        String text = strictUtf8(bytes);
        if (text == null || !looksLikeProse(text)) {
            return Optional.empty();
        }
        return Optional.of(new Recognised(text, type));
    }

    private static String declaredType(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? null : DECLARED_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The UTF-8 text of {@code bytes} without its byte-order mark, or null when they are not UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static boolean looksLikeProse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String head = text.substring(0, Math.min(text.length(), MAGIC_REACH));
        return opensLikeProse(head) && head.indexOf('<') < 0 && !HEADER_LINE.matcher(head).find();
    }

    /** The first visible character is a letter, a digit or a quotation mark, not the opening of a format ({, %, #!). */
    private static boolean opensLikeProse(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c)) {
                int kind = Character.getType(c);
                return Character.isLetterOrDigit(c) || c == '"' || c == '\''
                        || kind == Character.INITIAL_QUOTE_PUNCTUATION || kind == Character.FINAL_QUOTE_PUNCTUATION;
            }
        }
        return false;
    }
}
