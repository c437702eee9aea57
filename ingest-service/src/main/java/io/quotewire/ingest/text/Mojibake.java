package io.quotewire.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as windows-1252 ("Kimâ€™s" → "Kim’s", "Ã©" → "é"): each suspicious run is
 * encoded back to windows-1252 and kept only when its bytes are valid UTF-8, so ordinary accented text is untouched.
 */
public final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * A UTF-8 lead byte read as windows-1252 (Â–ô) followed by one to three continuation bytes read the same way
     * (0x80–0xBF: the C1 range as windows-1252 prints it, and U+00A0–U+00BF).
     */
    private static final Pattern SUSPECT = Pattern.compile("[\\u00C2-\\u00F4][\\u00A0-\\u00BF\\u0152\\u0153\\u0160\\u0161"
            + "\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039"
            + "\\u203A\\u20AC\\u2122\\u0081\\u008D\\u008F\\u0090\\u009D]{1,3}");

    private static final String CLOSING_QUOTE_LOST = "\u00E2\u20AC\uFFFD";
    private static final String CLOSING_QUOTE_READ = "\u00E2\u20AC\u009D";

    private static final String UNDEFINED_IN_1252 = "\u0081\u008D\u008F\u0090\u009D";

    private Mojibake() {}

    /** {@code text} with every repairable run decoded as the UTF-8 it was; the same string when there is none. */
    public static String repair(String raw) {
        // Java's windows-1252 decoder turns the undefined 0x9D of a UTF-8 closing quote (E2 80 9D) into U+FFFD.
        String text = raw.replace(CLOSING_QUOTE_LOST, CLOSING_QUOTE_READ);
        Matcher matcher = SUSPECT.matcher(text);
        if (!matcher.find()) {
            return raw;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        int copied = 0;
        do {
            String fixed = asUtf8(matcher.group());
            if (fixed != null) {
                repaired.append(text, copied, matcher.start()).append(fixed);
                copied = matcher.end();
            }
        } while (matcher.find());
        return repaired.append(text, copied, text.length()).toString();
    }

    /** Whether {@code text} holds any run that {@link #repair} would change. */
    public static boolean present(String text) {
        Matcher matcher = SUSPECT.matcher(text);
        while (matcher.find()) {
            if (asUtf8(matcher.group()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String asUtf8(String run) {
        byte[] bytes = windows1252Bytes(run);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notMojibake) {
            return null;
        }
    }

    /** The windows-1252 bytes of {@code run}, or null when a character has none. */
    private static byte[] windows1252Bytes(String run) {
        // windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; decoders that pass them through as C1
        // controls (ICU, browsers) make them part of real mojibake, so they map back to their own byte here.
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (UNDEFINED_IN_1252.indexOf(c) >= 0) {
                bytes[i] = (byte) c;
            } else if (encoder.canEncode(c)) {
                bytes[i] = String.valueOf(c).getBytes(WINDOWS_1252)[0];
            } else {
                return null;
            }
        }
        return bytes;
    }
}
