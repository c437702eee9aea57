package io.quotewire.support.problem;

/**
 * A kind of problem a service reports: RFC 7807 {@code type} (as a slug under {@link #BASE_URI}), {@code title} and
 * HTTP status. Each service lists its own kinds as constants made with {@link #of} ({@code IngestProblem}); the
 * kinds every service shares are {@link HttpProblem}. Adding a kind is adding one constant.
 */
public interface ProblemType {

    /** Where every problem type URI starts. */
    String BASE_URI = "https://quotewire.io/problems/";

    /** The HTTP status answered with this kind of problem. */
    int status();

    /** The last segment of the type URI, e.g. {@code empty-document}. */
    String slug();

    /** A short, fixed summary a person reads, e.g. "The document has no text". */
    String title();

    /** The problem type URI, e.g. {@code https://quotewire.io/problems/empty-document}. */
    default String uri() {
        return BASE_URI + slug();
    }

    /** A kind of problem answered with {@code status}, type {@code BASE_URI + slug} and {@code title}. */
    static ProblemType of(int status, String slug, String title) {
        return new Kind(status, slug, title);
    }

    /** The plain kind {@link #of} makes. */
    record Kind(int status, String slug, String title) implements ProblemType {}
}
