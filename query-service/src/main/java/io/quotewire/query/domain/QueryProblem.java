package io.quotewire.query.domain;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem query-service reports besides the HTTP-level ones every service shares. */
public enum QueryProblem implements ProblemType {
    BROKER_UNAVAILABLE(503, "broker-unavailable", "The request could not be published; try again later");

    private final int status;
    private final String slug;
    private final String title;

    QueryProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }
}
