package io.quotewire.support.problem;

/** The problems of HTTP itself that every service reports the same way: bad JSON, limits, keys, rate. */
public final class HttpProblem {

    public static final ProblemType INVALID_JSON =
            ProblemType.of(400, "invalid-json", "The request body is not valid JSON for this request");
    public static final ProblemType INVALID_REQUEST =
            ProblemType.of(400, "invalid-request", "The request is incomplete or wrong");
    public static final ProblemType INVALID_PARAMETER = ProblemType.of(400, "invalid-parameter", "Invalid parameter");
    public static final ProblemType INVALID_MULTIPART =
            ProblemType.of(400, "invalid-multipart", "The multipart body could not be read");
    public static final ProblemType API_KEY_MISSING = ProblemType.of(401, "api-key-missing", "An API key is required");
    public static final ProblemType API_KEY_INVALID = ProblemType.of(403, "api-key-invalid", "The API key is not valid");
    public static final ProblemType NOT_FOUND = ProblemType.of(404, "not-found", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED =
            ProblemType.of(405, "method-not-allowed", "This method is not allowed here");
    public static final ProblemType NOT_ACCEPTABLE = ProblemType.of(406, "not-acceptable", "No answer in an accepted media type");
    public static final ProblemType BODY_TOO_LARGE = ProblemType.of(413, "body-too-large", "The request body is too large");
    public static final ProblemType URI_TOO_LONG = ProblemType.of(414, "uri-too-long", "The address is too long");
    public static final ProblemType UNSUPPORTED_CONTENT_TYPE =
            ProblemType.of(415, "unsupported-content-type", "This Content-Type is not accepted here");
    public static final ProblemType RATE_LIMITED = ProblemType.of(429, "rate-limited", "Too many requests");
    public static final ProblemType HTTP_ERROR = ProblemType.of(400, "http-error", "The request could not be served");
    public static final ProblemType INTERNAL_ERROR = ProblemType.of(500, "internal-error", "Something went wrong on our side");

    private HttpProblem() {}
}
