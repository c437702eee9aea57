package io.quotewire.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 7807 problem detail as sent to callers: what went wrong, for a person, never a stack trace.
 *
 * @param extensions further members of the problem (RFC 7807 §3.2), e.g. ingest's per-file {@code files}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail"})
public record Problem(String type, String title, int status, String detail,
        @JsonIgnore Map<String, Object> extensions) {

    /** The media type of every problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of {@code type} explained by {@code detail}. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, Map.of());
    }

    /** The same problem answered with another status (a summary sharing the status of what it sums up). */
    public Problem withStatus(int otherStatus) {
        return new Problem(type, title, otherStatus, detail, extensions);
    }

    /** The same problem with the extension member {@code name} set to {@code value}. */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The extension members, written beside the standard ones. */
    @JsonAnyGetter
    Map<String, Object> members() {
        return extensions;
    }
}
