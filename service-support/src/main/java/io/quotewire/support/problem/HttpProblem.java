package io.quotewire.support.problem;

/** The problems of HTTP itself that every service reports the same way: bad JSON, limits, keys, rate. */
public enum HttpProblem implements ProblemType {
    INVALID_JSON(400, "invalid-json", "The request body is not valid JSON for this request"),
    INVALID_REQUEST(400, "invalid-request", "The request is incomplete or wrong"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    INVALID_MULTIPART(400, "invalid-multipart", "The multipart body could not be read"),
    API_KEY_MISSING(401, "api-key-missing", "An API key is required"),
    API_KEY_INVALID(403, "api-key-invalid", "The API key is not valid"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No answer in an accepted media type"),
    BODY_TOO_LARGE(413, "body-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The address is too long"),
    UNSUPPORTED_CONTENT_TYPE(415, "unsupported-content-type", "This Content-Type is not accepted here"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    HTTP_ERROR(400, "http-error", "The request could not be served"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side");

    private final int status;
    private final String slug;
    private final String title;

    HttpProblem(int status, String slug, String title) {
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
