package io.quotewire.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/** Decodes plain-text bytes (a byte-order mark, else strict UTF-8, else Tika's charset detection) without rewriting them. */
public final class PlainTextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextDecoder() {}

    /**
     * The decoded text and the charset used.
     *
     * @param text the characters, byte-order mark removed, nothing else changed
     * @param charset the charset that decoded the bytes
     */
    public record Decoded(String text, Charset charset) {}

    /** Decodes {@code bytes}, preferring what the bytes declare (a BOM) over what they look like. */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withoutBom(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withoutBom(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withoutBom(bytes, 2, StandardCharsets.UTF_16LE);
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset detected = detect(bytes);
            return new Decoded(new String(bytes, detected), detected);
        }
    }

    /** Tika's (ICU) guess for bytes that are not UTF-8; Latin-1 guesses become its superset windows-1252. */
    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || !Charset.isSupported(match.getName())) {
            return WINDOWS_1252;
        }
        Charset charset = Charset.forName(match.getName());
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252
                : charset;
    }

    private static Decoded withoutBom(byte[] bytes, int bomLength, Charset charset) {
        return new Decoded(new String(Arrays.copyOfRange(bytes, bomLength, bytes.length), charset), charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
