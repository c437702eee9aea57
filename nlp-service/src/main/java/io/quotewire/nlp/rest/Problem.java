package io.quotewire.nlp.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 7807 problem detail: what went wrong, in words a person understands. */
public record Problem(String type, String title, int status, String detail) {

    /** Media type of problem answers. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A response carrying this problem. */
    public static Response response(Response.Status status, String title, String detail) {
        return response(status.getStatusCode(), title, detail);
    }

    /** A response carrying this problem, for codes {@link Response.Status} does not name (422). */
    public static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail))
                .build();
    }
}
