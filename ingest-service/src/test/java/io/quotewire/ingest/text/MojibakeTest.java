package io.quotewire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 once read as windows-1252 is repaired; genuine accented text is left alone. */
class MojibakeTest {

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        String original = "Kim’s envoy: “café talks” cost 10 € — Pyŏngyang, Göteborg";
        // As browsers and ICU read windows-1252: its five undefined bytes become C1 controls.
        String garbled = asBrowsersRead(original.getBytes(StandardCharsets.UTF_8));
        assertThat(garbled).startsWith("Kimâ€™s");
        assertThat(Mojibake.present(garbled)).isTrue();
        assertThat(Mojibake.repair(garbled)).isEqualTo(original);
    }

    @Test
    void aClosingQuoteJavaReadAsAReplacementCharacterIsRepairedToo() {
        String garbled = new String("“café talks”".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(garbled).endsWith("â€\uFFFD");
        assertThat(Mojibake.repair(garbled)).isEqualTo("“café talks”");
    }

    @Test
    void textThatIsRightAsItIsStaysTheSame() {
        for (String text : new String[] {"Café in Malmö, Ærø and São Paulo", "Â la carte", "Ã", "naïve façade"}) {
            assertThat(Mojibake.repair(text)).as(text).isSameAs(text);
        }
        assertThat(Mojibake.present("Göteborg")).isFalse();
    }

    private static String asBrowsersRead(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            text.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return text.toString();
    }

    @Test
    void damageIsCountedAgainstTheVisibleCharacters() {
        assertThat(DecodingDamage.of("Kim said \uFFFD twice \uFFFD.").unreadable()).isFalse();
        DecodingDamage soup = DecodingDamage.of("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD said the minister of \uFFFD\uFFFD.");
        assertThat(soup.damaged()).isEqualTo(7);
        assertThat(soup.unreadable()).isTrue();
    }
}
