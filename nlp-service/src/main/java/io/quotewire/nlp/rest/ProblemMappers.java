package io.quotewire.nlp.rest;

import io.quotewire.nlp.corenlp.PipelineUnavailableException;
import io.quotewire.nlp.service.EnrichmentStoppedException;
import io.quotewire.nlp.service.TimeBudgetExceededException;
import io.quotewire.nlp.service.UnprocessableTextException;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The NLP's own failures as problem JSON; everything else is service-support's {@code ProblemMappers}. */
public class ProblemMappers {

    private static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableTextException e) {
        return ProblemResponses.of(Problem.of(NlpProblem.UNPROCESSABLE_TEXT, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response overBudget(TimeBudgetExceededException e) {
        return ProblemResponses.of(Problem.of(NlpProblem.OVER_TIME_BUDGET,
                e.getMessage()
                + ". Send a shorter text, or raise quotewire.nlp.time-budget.base (or lower its chars-per-second)."));
    }

    @ServerExceptionMapper
    public Response loading(PipelineUnavailableException e) {
        return ProblemResponses.of(Problem.of(NlpProblem.MODELS_LOADING,
                        "The NLP models are still loading; try again in a few seconds."),
                Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }

    @ServerExceptionMapper
    public Response stopping(EnrichmentStoppedException e) {
        return ProblemResponses.of(Problem.of(NlpProblem.SERVICE_STOPPING,
                        "nlp-service stopped while analysing the text; send it again in a few seconds."),
                Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }
}
