package io.quotewire.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one family of exception mappers of every service: each failure leaves as RFC 7807 problem JSON, never as a
 * stack trace. A service maps only the exceptions of its own (nlp-service's "models still loading") beside these.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Quarkus REST's multipart parser fails with this (by name: it is an implementation class) on a broken body. */
    private static final String MALFORMED_MULTIPART = "MultipartParser$MalformedMessageException";
    /** ... and its message when a body ends before the multipart does. */
    private static final String CUT_MULTIPART = "parsing multipart";
    /** How Quarkus REST reports a Content-Type it cannot parse. */
    private static final String BAD_MEDIA_TYPE = "Failed to parse media type";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e.problem(), e.headers());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .collect(Collectors.joining("; "));
        return ProblemResponses.of(Problem.of(HttpProblem.INVALID_REQUEST, detail));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return ProblemResponses.of(JsonProblems.of(e));
    }

    /** Declared apart because Quarkus ships its own mapper for this subtype (wrong field types, empty body). */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        return ProblemResponses.of(HttpStatusProblems.of(e.getResponse().getStatus()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (malformedMultipart(e)) {
            return ProblemResponses.of(Problem.of(HttpProblem.INVALID_MULTIPART, "The body is not the multipart/form-data"
                    + " its Content-Type announces (empty, another format, a part header broken by a line break?)."));
        }
        if (e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith(BAD_MEDIA_TYPE)) {
            return ProblemResponses.of(Problem.of(HttpProblem.INVALID_REQUEST,
                    "The Content-Type header could not be read as a media type, e.g. application/json."));
        }
        LOG.error("Unexpected failure while serving a request", e);
        return ProblemResponses.of(Problem.of(HttpProblem.INTERNAL_ERROR,
                "The request failed unexpectedly; it has been logged. Try again or report it."));
    }

    private static boolean malformedMultipart(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().endsWith(MALFORMED_MULTIPART)
                    || cause instanceof java.io.IOException && String.valueOf(cause.getMessage()).contains(CUT_MULTIPART)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed.getClass().getName().endsWith(MALFORMED_MULTIPART)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
