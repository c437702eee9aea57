package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadSummaryTest {

    @Test
    void countsEachKindAndListsRejections() {
        UploadSummary summary = new UploadSummary();
        summary.add(new UploadOutcome(Path.of("a.txt"), UploadOutcome.Kind.ACCEPTED, "1", null, null));
        summary.add(new UploadOutcome(Path.of("b.txt"), UploadOutcome.Kind.ACCEPTED, "2", null, null));
        summary.add(new UploadOutcome(Path.of("a-copy.txt"), UploadOutcome.Kind.DUPLICATE, "1", null, null));
        summary.add(UploadOutcome.rejected(Path.of("empty.txt"), "HTTP 400: the file holds no text"));

        assertThat(summary.render(Duration.ofMillis(1250))).isEqualTo(
                "4 files in 1.3 s: 2 accepted, 1 duplicate, 1 rejected\n"
                        + "  rejected empty.txt (HTTP 400: the file holds no text)");
    }
}
