package io.quotewire.ingest.rest;

import io.quotewire.ingest.domain.IngestOutcome;
import io.quotewire.ingest.domain.Problem;
import io.quotewire.ingest.domain.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Chooses the HTTP answer for a request's outcomes: 202 with every outcome when at least one document was accepted
 * or a duplicate; otherwise the single file's problem, or for several files one problem listing each file's outcome.
 */
final class IngestResponses {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private IngestResponses() {}

    static Response of(List<IngestOutcome> outcomes) {
        if (outcomes.stream().anyMatch(outcome -> !outcome.isRejected())) {
            return Response.accepted(outcomes).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (outcomes.size() == 1) {
            return problem(outcomes.get(0).problem());
        }
        List<Integer> statuses = outcomes.stream().map(o -> o.problem().status()).distinct().toList();
        Problem summary = Problem.of(ProblemType.NONE_ACCEPTED, "None of the " + outcomes.size()
                        + " files was accepted; see each file's problem.");
        if (statuses.size() == 1) {
            summary = new Problem(summary.type(), summary.title(), statuses.get(0), summary.detail(), null);
        }
        return problem(summary.withFiles(outcomes));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}
