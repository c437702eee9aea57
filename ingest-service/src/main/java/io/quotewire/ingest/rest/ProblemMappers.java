package io.quotewire.ingest.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.Problem;
import io.quotewire.ingest.domain.ProblemException;
import io.quotewire.ingest.domain.ProblemType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one family of exception mappers: every error leaves as RFC 7807 problem JSON, never as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestConfig config;

    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = IngestResponses.problem(e.problem());
        if (e.problem().status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, config.ingest().retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalidArticle(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .collect(Collectors.joining("; "));
        return IngestResponses.problem(Problem.of(ProblemType.INVALID_ARTICLE, detail));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return IngestResponses.problem(Problem.of(ProblemType.INVALID_JSON, describe(e)));
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
        Response.StatusType status = e.getResponse().getStatusInfo();
        return IngestResponses.problem(new Problem(ProblemType.HTTP_ERROR.uri(), status.getReasonPhrase(),
                status.getStatusCode(), e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while serving a request", e);
        return IngestResponses.problem(Problem.of(ProblemType.INTERNAL_ERROR,
                "The request failed unexpectedly; it has been logged. Try again or report it."));
    }

    /** A person-readable account of a JSON error: what was wrong and where, without Java internals. */
    private static String describe(JsonProcessingException e) {
        StringBuilder detail = new StringBuilder("The body is not a valid JSON article");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail.append(": field '").append(mapping.getPath().get(mapping.getPath().size() - 1).getFieldName())
                    .append("' has the wrong format");
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            detail.append(" (line ").append(location.getLineNr()).append(", column ")
                    .append(location.getColumnNr()).append(')');
        }
        return detail.append('.').toString();
    }
}
