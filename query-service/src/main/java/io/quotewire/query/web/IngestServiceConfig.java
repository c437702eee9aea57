package io.quotewire.query.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where the upload form's files go: the ingest-service as browsers reach it (the page posts there directly). */
@ConfigMapping(prefix = "quotewire.ingest-service")
public interface IngestServiceConfig {

    /** Base URL of the ingest-service as a browser reaches it; uploads go to {@code <url>/articles}. */
    @WithDefault("http://localhost:8081")
    URI url();
}
