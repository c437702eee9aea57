package io.quotewire.nlp.rest;

import io.quotewire.nlp.corenlp.PipelineUnavailableException;
import io.quotewire.nlp.service.EnrichmentStoppedException;
import io.quotewire.nlp.service.TimeBudgetExceededException;
import io.quotewire.nlp.service.UnprocessableTextException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.logging.Logger;

/** Turns every failure of the REST API into a problem JSON answer, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int UNPROCESSABLE_CONTENT = 422;

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableTextException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Text cannot be analysed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response overBudget(TimeBudgetExceededException e) {
        return Problem.response(UNPROCESSABLE_CONTENT, "Text too long to analyse in time",
                e.getMessage() + ". Send a shorter text, or raise quotewire.nlp.time-budget.");
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", detail);
    }

    @ServerExceptionMapper
    public Response loading(PipelineUnavailableException e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                        "NLP models not loaded", "The NLP models are still loading; try again in a few seconds."))
                .header("Retry-After", "10")
                .build();
    }

    @ServerExceptionMapper
    public Response stopping(EnrichmentStoppedException e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "NLP service stopping",
                        "nlp-service stopped while analysing the text; send it again in a few seconds."))
                .header("Retry-After", "10")
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.response(status, status.getReasonPhrase(), readable(e));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure while enriching", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The text could not be analysed because of an internal error; it has been logged.");
    }

    private static String readable(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 400 -> "The request body could not be read: send text/plain, or JSON {\"text\": \"…\"}.";
            case 415 -> "Send the text as text/plain, or as application/json {\"text\": \"…\"}.";
            default -> e.getMessage();
        };
    }
}
