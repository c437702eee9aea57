package io.quotewire.ingest.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quotewire.support.problem.Problem;

/**
 * What happened to one submitted document, as answered to the caller.
 *
 * @param status {@code accepted}, {@code duplicate} or {@code rejected}
 * @param problem why a document was rejected; absent otherwise
 */
public record IngestOutcome(
        String id,
        String fileName,
        String status,
        String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";

    public static IngestOutcome rejected(String fileName, Problem problem) {
        return new IngestOutcome(null, fileName, REJECTED, null, problem);
    }

    @JsonIgnore
    public boolean isRejected() {
        return REJECTED.equals(status);
    }
}
