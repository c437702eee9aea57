package io.quotewire.query.rest;

/** An RFC 7807 problem: what went wrong, for a person, never a stack trace. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://quotewire.io/problems/";

    /** A problem whose type URI ends with {@code slug}, e.g. {@code not-found}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail);
    }
}
