package io.quotewire.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and collaborators of the ingest endpoint, from {@code quotewire.*} configuration. */
@ConfigMapping(prefix = "quotewire")
public interface IngestConfig {

    /** Limits applied to what callers upload. */
    Ingest ingest();

    /** Where people reach query-service, for the article locations in ingest's answers (ingest never calls it). */
    QueryService queryService();

    /** Limits applied to what callers upload. */
    interface Ingest {

        /** Largest accepted file, in bytes as uploaded. */
        @WithDefault("10M")
        MemorySize maxFileSize();

        /** Largest accepted extracted text, in characters. */
        @WithDefault("1000000")
        int maxTextLength();

        /** Most files accepted in one request. */
        @WithDefault("200")
        int maxFiles();

        /** How long a request waits for the broker to acknowledge an article before answering 503. */
        @WithDefault("15s")
        Duration publishTimeout();

        /** Seconds a client is told to wait (Retry-After) when the broker is unavailable. */
        @WithDefault("10")
        int retryAfterSeconds();

        /** Longest title a caller may send (400 above); a document's own title is cut to it. */
        @WithDefault("1000")
        int maxTitleLength();

        /** Longest source (JSON field or form field) a caller may send (400 above). */
        @WithDefault("300")
        int maxSourceLength();

        /** Longest url a caller may send (400 above). */
        @WithDefault("2048")
        int maxUrlLength();
    }

    /** Where query-service answers. */
    interface QueryService {

        /** Base URL of query-service, e.g. {@code http://localhost:8080}. */
        @WithDefault("http://localhost:8080")
        String url();
    }
}
