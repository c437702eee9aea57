package io.quotewire.ingest.domain;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem ingest reports about documents (the HTTP-level ones are service-support's HttpProblem). */
public final class IngestProblem {

    public static final ProblemType EMPTY_DOCUMENT = ProblemType.of(422, "empty-document", "The document has no text");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            ProblemType.of(415, "unsupported-media-type", "This kind of file is not supported");
    public static final ProblemType UNREADABLE_DOCUMENT =
            ProblemType.of(422, "unreadable-document", "The document could not be read");
    public static final ProblemType UNDECODABLE_TEXT =
            ProblemType.of(422, "undecodable-text", "The document's characters could not be decoded");
    public static final ProblemType INVALID_CHARACTERS =
            ProblemType.of(422, "invalid-characters", "The text holds characters that cannot be stored");
    public static final ProblemType FILE_TOO_LARGE = ProblemType.of(413, "file-too-large", "The file is too large");
    public static final ProblemType TEXT_TOO_LONG = ProblemType.of(413, "text-too-long", "The extracted text is too long");
    public static final ProblemType FIELD_TOO_LONG = ProblemType.of(400, "field-too-long", "A field is longer than allowed");
    public static final ProblemType TOO_MANY_FILES = ProblemType.of(413, "too-many-files", "Too many files in one request");
    public static final ProblemType NO_FILES = ProblemType.of(400, "no-files", "No file in the request");
    public static final ProblemType INVALID_ARTICLE = ProblemType.of(400, "invalid-article", "The article is incomplete");
    public static final ProblemType NONE_ACCEPTED = ProblemType.of(422, "none-accepted", "None of the files was accepted");
    public static final ProblemType BROKER_UNAVAILABLE =
            ProblemType.of(503, "broker-unavailable", "The article could not be stored; try again later");

    private IngestProblem() {}
}
