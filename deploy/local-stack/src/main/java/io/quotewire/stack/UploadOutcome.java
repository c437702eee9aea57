package io.quotewire.stack;

import java.nio.file.Path;

/** What ingest-service answered for one uploaded file. */
public record UploadOutcome(Path file, Kind kind, String articleId, String location, String reason) {

    /** How the ingest API classified the file. */
    public enum Kind { ACCEPTED, DUPLICATE, REJECTED }

    public static UploadOutcome rejected(Path file, String reason) {
        return new UploadOutcome(file, Kind.REJECTED, null, null, reason);
    }
}
