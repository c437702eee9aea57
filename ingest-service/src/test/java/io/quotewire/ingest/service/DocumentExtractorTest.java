package io.quotewire.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.MemorySize;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.ProblemException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which types are read as text, which are parsed, which are refused — without the HTTP layer. */
class DocumentExtractorTest {

    private final DocumentExtractor extractor = new DocumentExtractor(config(1000));

    @Test
    void csvAndLogFilesAreReadAsText() {
        ExtractedDocument csv = extract("quotes.csv", "speaker,quote\nKim,We walked away\n");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.text()).isEqualTo("speaker,quote\nKim,We walked away\n");
        assertThat(extract("talks.log", "2019-10-05 Kim said the talks broke down.\n").text())
                .startsWith("2019-10-05 Kim");
    }

    @Test
    void plainTextKeepsItsTrailingNewlineAndSpacing() {
        assertThat(extract("a.txt", "  Indented first line.\r\nSecond  line.\n\n\n").text())
                .isEqualTo("  Indented first line.\nSecond  line.\n\n\n");
    }

    @Test
    void xmlIsRefused() {
        assertThatThrownBy(() -> extract("feed.xml", "<?xml version=\"1.0\"?><rss><item>Kim</item></rss>"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(415));
    }

    @Test
    void textOverTheLimitIsRefusedWith413() {
        assertThatThrownBy(() -> extract("long.txt", "x".repeat(1001)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(413));
        assertThat(extract("exact.txt", "x".repeat(1000)).text()).hasSize(1000);
    }

    @Test
    void nulBytesInTextAreRefused() {
        assertThatThrownBy(() -> extract("nul.txt", "Kim\u0000said"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(415));
    }

    private ExtractedDocument extract(String fileName, String content) {
        return extractor.extract(content.getBytes(StandardCharsets.UTF_8), fileName);
    }

    private static IngestConfig config(int maxTextLength) {
        IngestConfig.Ingest ingest = new IngestConfig.Ingest() {
            @Override
            public MemorySize maxFileSize() {
                return new MemorySize(BigInteger.valueOf(1 << 20));
            }

            @Override
            public int maxTextLength() {
                return maxTextLength;
            }

            @Override
            public int maxFiles() {
                return 10;
            }

            @Override
            public Duration publishTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int retryAfterSeconds() {
                return 1;
            }
        };
        return new IngestConfig() {
            @Override
            public Ingest ingest() {
                return ingest;
            }

            @Override
            public QueryService queryService() {
                return () -> "http://localhost:8080";
            }
        };
    }
}
