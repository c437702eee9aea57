package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void rendersFillPercentAndCount() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 10, 20);

        assertThat(bar.render(0, "a.txt").stripTrailing()).isEqualTo("[--------------------]  0/10   0%  a.txt");
        assertThat(bar.render(5, "b.txt").stripTrailing()).isEqualTo("[##########----------]  5/10  50%  b.txt");
        assertThat(bar.render(10, "c.txt").stripTrailing()).isEqualTo("[####################] 10/10 100%  c.txt");
    }

    @Test
    void keepsTheEndOfLongLabelsAndPadsShortOnes() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 1, 4);
        String label = "a-very-long-folder-name/with/a-very-long-file-name.txt";

        String line = bar.render(1, label);

        assertThat(line).endsWith("…" + label.substring(label.length() - 39));
        assertThat(bar.render(1, "x")).hasSameSizeAs(line);
    }

    @Test
    void redrawsInPlaceAndEndsTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 2);

        bar.advance("one");
        bar.advance("two");
        bar.finish();

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("\r[#-] 1/2  50%  one").contains("\r[##] 2/2 100%  two").endsWith("\n");
    }
}
