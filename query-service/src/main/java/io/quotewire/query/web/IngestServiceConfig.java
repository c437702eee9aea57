package io.quotewire.query.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the upload form's files go: the ingest-service, reached from query-service (so the browser posts same-origin). */
@ConfigMapping(prefix = "quotewire.ingest-service")
public interface IngestServiceConfig {

    /** Base URL of the ingest-service; uploads go to {@code <url>/articles}. */
    @WithDefault("http://localhost:8081")
    URI url();

    /** How long to wait for ingest to answer: it answers only after the broker acknowledged every file. */
    @WithDefault("60s")
    Duration timeout();
}
