package io.quotewire.nlp.rest;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem {@code POST /enrich} reports besides the HTTP-level ones every service shares. */
public enum NlpProblem implements ProblemType {
    EMPTY_TEXT(422, "empty-text", "The text has nothing to analyse"),
    UNPROCESSABLE_TEXT(422, "unprocessable-text", "Text cannot be analysed"),
    OVER_TIME_BUDGET(422, "time-budget-exceeded", "Text too long to analyse in time"),
    MODELS_LOADING(503, "models-loading", "NLP models not loaded");

    private final int status;
    private final String slug;
    private final String title;

    NlpProblem(int status, String slug, String title) {
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
