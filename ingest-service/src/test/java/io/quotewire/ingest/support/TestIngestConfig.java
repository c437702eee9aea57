package io.quotewire.ingest.support;

import io.quarkus.runtime.configuration.MemorySize;
import io.quotewire.ingest.config.IngestConfig;
import java.math.BigInteger;
import java.time.Duration;

/** An {@link IngestConfig} for tests that build services by hand, without Quarkus. */
public final class TestIngestConfig {

    private TestIngestConfig() {}

    /** Small limits, {@code maxTextLength} characters of text. */
    public static IngestConfig of(int maxTextLength) {
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

            @Override
            public int maxTitleLength() {
                return 1000;
            }

            @Override
            public int maxSourceLength() {
                return 300;
            }

            @Override
            public int maxUrlLength() {
                return 2048;
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
