package io.quotewire.ingest.domain;

/** Raised when a request cannot be served as asked; carries the problem the caller is told about. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

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
}
