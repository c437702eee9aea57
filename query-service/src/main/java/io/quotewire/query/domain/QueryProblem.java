package io.quotewire.query.domain;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem query-service reports besides the HTTP-level ones every service shares. */
public final class QueryProblem {

    public static final ProblemType BROKER_UNAVAILABLE =
            ProblemType.of(503, "broker-unavailable", "The request could not be published; try again later");

    private QueryProblem() {}
}
