package io.quotewire.ingest.rest;

import io.quotewire.ingest.domain.IngestOutcome;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.support.problem.Problem;
import io.quotewire.support.problem.ProblemResponses;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Chooses the HTTP answer for a request's outcomes: 202 with every outcome when at least one document was accepted
 * or a duplicate; otherwise the single file's problem, or for several files one problem listing each file's outcome.
 */
final class IngestResponses {

    private IngestResponses() {}

    static Response of(List<IngestOutcome> outcomes) {
        if (outcomes.stream().anyMatch(outcome -> !outcome.isRejected())) {
            return Response.accepted(outcomes).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (outcomes.size() == 1) {
            return ProblemResponses.of(outcomes.get(0).problem());
        }
        List<Integer> statuses = outcomes.stream().map(o -> o.problem().status()).distinct().toList();
        Problem summary = Problem.of(IngestProblem.NONE_ACCEPTED, "None of the " + outcomes.size()
                        + " files was accepted; see each file's problem.");
        if (statuses.size() == 1) {
            summary = summary.withStatus(statuses.get(0));
        }
        return ProblemResponses.of(summary.with("files", outcomes));
    }
}
