package io.quotewire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page's charset: what it declares when its bytes agree, what they are when it lies. */
class HtmlDecoderTest {

    private static final String ARABIC = "قال المتحدث باسم وزارة الخارجية إن المحادثات في ستوكهولم انهارت بعد ثماني ساعات، "
            + "وإن الوفد لن يعود إلى طاولة المفاوضات قبل نهاية العام.";

    @Test
    void aWindows1256PageThatClaimsUtf8IsReadAsWindows1256() {
        byte[] page = page("utf-8", ARABIC.repeat(3)).getBytes(Charset.forName("windows-1256"));
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page);
        assertThat(decoded.declared()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.charset().name()).isEqualTo("windows-1256");
        assertThat(decoded.html()).contains(ARABIC).doesNotContain("\uFFFD");
    }

    @Test
    void aUtf8PageThatClaimsLatin1IsReadAsUtf8() {
        String text = "“We walked away,” said Kim Myong Gil in Göteborg.";
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page("iso-8859-1", text).getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.html()).contains(text);
    }

    @Test
    void aPageThatTellsTheTruthIsReadAsItSays() {
        String text = "Café talks in Malmö ended early, the envoy said.";
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page("windows-1252", text)
                .getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
        assertThat(decoded.html()).contains(text);
    }

    @Test
    void mojibakeInsideAUtf8PageIsRepaired() {
        String garbled = new String("Kim’s envoy".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page("utf-8", garbled).getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.html()).contains("Kim’s envoy");
    }

    private static String page(String charset, String text) {
        return "<html><head><meta charset=\"" + charset + "\"><title>Talks</title></head><body><p>" + text
                + "</p></body></html>";
    }
}
