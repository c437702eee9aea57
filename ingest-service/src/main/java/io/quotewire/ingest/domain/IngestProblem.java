package io.quotewire.ingest.domain;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem ingest reports about documents (the HTTP-level ones are service-support's HttpProblem). */
public enum IngestProblem implements ProblemType {
    EMPTY_DOCUMENT(422, "empty-document", "The document has no text"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "This kind of file is not supported"),
    UNREADABLE_DOCUMENT(422, "unreadable-document", "The document could not be read"),
    INVALID_CHARACTERS(422, "invalid-characters", "The text holds characters that cannot be stored"),
    FILE_TOO_LARGE(413, "file-too-large", "The file is too large"),
    TEXT_TOO_LONG(413, "text-too-long", "The extracted text is too long"),
    FIELD_TOO_LONG(400, "field-too-long", "A field is longer than allowed"),
    TOO_MANY_FILES(413, "too-many-files", "Too many files in one request"),
    NO_FILES(400, "no-files", "No file in the request"),
    INVALID_ARTICLE(400, "invalid-article", "The article is incomplete"),
    NONE_ACCEPTED(422, "none-accepted", "None of the files was accepted"),
    BROKER_UNAVAILABLE(503, "broker-unavailable", "The article could not be stored; try again later");

    private final int status;
    private final String slug;
    private final String title;

    IngestProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }
}
