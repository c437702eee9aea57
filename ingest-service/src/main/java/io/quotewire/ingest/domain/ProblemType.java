package io.quotewire.ingest.domain;

/** The kinds of problem ingest reports (RFC 7807 {@code type}, {@code title} and HTTP status). */
public enum ProblemType {
    EMPTY_DOCUMENT(422, "empty-document", "The document has no text"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "This kind of file is not supported"),
    UNREADABLE_DOCUMENT(422, "unreadable-document", "The document could not be read"),
    UNDECODABLE_TEXT(422, "undecodable-text", "The document's characters could not be decoded"),
    FILE_TOO_LARGE(413, "file-too-large", "The file is too large"),
    TEXT_TOO_LONG(413, "text-too-long", "The extracted text is too long"),
    TOO_MANY_FILES(413, "too-many-files", "Too many files in one request"),
    NO_FILES(400, "no-files", "No file in the request"),
    INVALID_JSON(400, "invalid-json", "The request body is not valid JSON for an article"),
    INVALID_ARTICLE(400, "invalid-article", "The article is incomplete"),
    NONE_ACCEPTED(422, "none-accepted", "None of the files was accepted"),
    BROKER_UNAVAILABLE(503, "broker-unavailable", "The article could not be stored; try again later"),
    HTTP_ERROR(400, "http-error", "The request could not be served"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side");

    private static final String BASE_URI = "https://quotewire.io/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type URI, e.g. {@code https://quotewire.io/problems/empty-document}. */
    public String uri() {
        return BASE_URI + slug;
    }
}
