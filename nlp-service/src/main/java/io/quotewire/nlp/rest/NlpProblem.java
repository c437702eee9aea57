package io.quotewire.nlp.rest;

import io.quotewire.support.problem.ProblemType;

/** The kinds of problem {@code POST /enrich} reports besides the HTTP-level ones every service shares. */
public final class NlpProblem {

    public static final ProblemType EMPTY_TEXT = ProblemType.of(422, "empty-text", "The text has nothing to analyse");
    public static final ProblemType UNPROCESSABLE_TEXT = ProblemType.of(422, "unprocessable-text", "Text cannot be analysed");
    public static final ProblemType OVER_TIME_BUDGET =
            ProblemType.of(422, "time-budget-exceeded", "Text too long to analyse in time");
    public static final ProblemType MODELS_LOADING = ProblemType.of(503, "models-loading", "NLP models not loaded");
    public static final ProblemType SERVICE_STOPPING = ProblemType.of(503, "nlp-stopping", "NLP service stopping");

    private NlpProblem() {}
}
