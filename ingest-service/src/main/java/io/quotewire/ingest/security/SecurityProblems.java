package io.quotewire.ingest.security;

import io.quotewire.ingest.domain.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The RFC 7807 answers of the security filters: 401, 403 and 429. */
final class SecurityProblems {

    private static final String BASE_URI = "https://quotewire.io/problems/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private SecurityProblems() {}

    static Response missingKey() {
        return problem(401, "api-key-missing", "An API key is required",
                "Send your API key in the X-Api-Key header.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-Api-Key\"")
                .build();
    }

    static Response wrongKey() {
        return problem(403, "api-key-invalid", "The API key is not valid",
                "The key in the X-Api-Key header is not one this service accepts.").build();
    }

    static Response tooManyRequests(long retryAfterSeconds) {
        return problem(429, "rate-limited", "Too many requests",
                "This client sent more requests than its rate allows; try again in " + retryAfterSeconds + " s.")
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(BASE_URI + slug, title, status, detail, null));
    }
}
