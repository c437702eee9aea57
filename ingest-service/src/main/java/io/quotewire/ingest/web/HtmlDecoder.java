package io.quotewire.ingest.web;

import io.quotewire.ingest.text.Mojibake;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes a saved web page: the charset it declares (byte-order mark, {@code <meta charset>}) when its bytes agree,
 * else the one Tika's ICU-based detector recognises; then repairs mojibake a publisher's system left in the text.
 */
public final class HtmlDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {}

    /**
     * A decoded page.
     *
     * @param html the characters
     * @param charset the charset that decoded them
     * @param declared the charset the page declared, or null; differs from {@code charset} when the page lied
     */
    public record Decoded(String html, Charset charset, Charset declared) {}

    /** The characters of {@code bytes}. */
    public static Decoded decode(byte[] bytes) {
        Charset declared = declared(bytes);
        Charset charset;
        if (declared != null && strict(bytes, declared) != null) {
            // A page declaring a single-byte charset whose bytes are valid UTF-8 with non-ASCII text is UTF-8:
            // no real windows-1252 text is also valid multi-byte UTF-8 by chance.
            charset = !isUtf8(declared) && hasNonAscii(bytes) && strict(bytes, StandardCharsets.UTF_8) != null
                    ? StandardCharsets.UTF_8 : declared;
        } else if (declared == null && strict(bytes, StandardCharsets.UTF_8) != null) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = detected(bytes, declared);
        }
        return new Decoded(Mojibake.repair(new String(bytes, charset)), charset, declared);
    }

    /** What the page says about itself, as a browser reads it (WHATWG prescan of the first bytes). */
    private static Charset declared(byte[] bytes) {
        try {
            return new StandardHtmlEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tika's ICU detector on the text between the tags; Latin-1 guesses read as their superset windows-1252. */
    private static Charset detected(byte[] bytes, Charset declared) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (!Charset.isSupported(match.getName())) {
                continue;
            }
            Charset charset = Charset.forName(match.getName());
            // The declaration already failed to decode the bytes; ICU sometimes ranks it first regardless.
            if (!charset.equals(declared)) {
                return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
            }
        }
        return WINDOWS_1252;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
