package io.quotewire.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plain-text bytes decode to the characters their author wrote, whatever the encoding. */
class PlainTextDecoderTest {

    private static final String QUOTE = "“We don’t believe,” said Kim Myong Gil — café, naïve, 10 €.";

    @Test
    void utf8WithoutBom() {
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(QUOTE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(QUOTE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BomIsRemoved() {
        assertThat(PlainTextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                QUOTE.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(QUOTE);
    }

    @Test
    void utf16WithEitherBom() {
        assertThat(PlainTextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                QUOTE.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(QUOTE);
        assertThat(PlainTextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                QUOTE.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(QUOTE);
    }

    @Test
    void windows1252IsRecognised() {
        String text = "The envoy said: “We will not negotiate until the year’s end.” Café talks — 10 € each.";
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void lineBreaksAreLeftForTheNormaliser() {
        assertThat(PlainTextDecoder.decode("a\r\nb\rc".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\r\nb\rc");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
