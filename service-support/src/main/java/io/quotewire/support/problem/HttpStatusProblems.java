package io.quotewire.support.problem;

import jakarta.ws.rs.core.Response;

/** The problem for an HTTP status raised by the framework itself (no route, wrong method, wrong media type…). */
public final class HttpStatusProblems {

    private HttpStatusProblems() {}

    /** A problem for {@code status} that says what to do about it. */
    public static Problem of(int status) {
        return switch (status) {
            case 400 -> Problem.of(HttpProblem.HTTP_ERROR, "The request could not be read.");
            case 404 -> Problem.of(HttpProblem.NOT_FOUND, "Nothing is served at this address.");
            case 405 -> Problem.of(HttpProblem.METHOD_NOT_ALLOWED,
                    "This address does not take this HTTP method; see /q/openapi for what it takes.");
            case 406 -> Problem.of(HttpProblem.NOT_ACCEPTABLE,
                    "This address answers JSON (or HTML for web pages); ask for one of those in Accept.");
            case 413 -> Problem.of(HttpProblem.BODY_TOO_LARGE,
                    "The request body is larger than this service accepts; send less in one request.");
            case 414 -> Problem.of(HttpProblem.URI_TOO_LONG, "The address is longer than this service accepts.");
            case 415 -> Problem.of(HttpProblem.UNSUPPORTED_CONTENT_TYPE,
                    "This address does not accept the request's Content-Type; see /q/openapi for what it accepts.");
            default -> {
                Response.Status.Family family = Response.Status.Family.familyOf(status);
                Response.StatusType known = Response.Status.fromStatusCode(status);
                String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
                Problem problem = family == Response.Status.Family.SERVER_ERROR
                        ? Problem.of(HttpProblem.INTERNAL_ERROR, "The request failed on our side (" + reason + ").")
                        : Problem.of(HttpProblem.HTTP_ERROR, "The request could not be served: " + reason + ".");
                yield problem.withStatus(status);
            }
        };
    }
}
