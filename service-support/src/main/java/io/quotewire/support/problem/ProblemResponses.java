package io.quotewire.support.problem;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds the HTTP answer that carries a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A response with the problem's status, {@code application/problem+json}, and the problem as body. */
    public static Response of(Problem problem) {
        return builder(problem).build();
    }

    /** The same, with {@code headers} added. */
    public static Response of(Problem problem, Map<String, Object> headers) {
        Response.ResponseBuilder builder = builder(problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** A builder for the problem's response, to add headers to. */
    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
