package io.quotewire.ingest.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 7807 problem detail as sent to callers.
 *
 * @param files per-file outcomes when a multi-file request was rejected as a whole, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<IngestOutcome> files) {

    /** A problem of {@code type} explained by {@code detail}. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null);
    }

    /** The same problem with the per-file outcomes attached. */
    public Problem withFiles(List<IngestOutcome> outcomes) {
        return new Problem(type, title, status, detail, outcomes);
    }
}
