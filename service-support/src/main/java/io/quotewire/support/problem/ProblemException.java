package io.quotewire.support.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Raised when a request cannot be served as asked; carries the problem the caller is told about. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, Object> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail), null);
    }

    public ProblemException(ProblemType type, String detail, Throwable cause) {
        this(Problem.of(type, detail), cause);
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Response headers that go with the problem, e.g. {@code Retry-After}. */
    public Map<String, Object> headers() {
        return Map.copyOf(headers);
    }

    /** The same exception, answered with a {@code Retry-After} of {@code seconds}. */
    public ProblemException retryAfter(long seconds) {
        headers.put("Retry-After", seconds);
        return this;
    }
}
