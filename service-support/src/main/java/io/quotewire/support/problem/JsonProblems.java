package io.quotewire.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Locale;

/** A person-readable account of a JSON error: what was wrong and where, without Java class names. */
final class JsonProblems {

    private JsonProblems() {}

    /** The problem for {@code e}, e.g. "The body is not valid JSON: field 'text' must be a string (line 1, column 9)." */
    static Problem of(JsonProcessingException e) {
        return Problem.of(HttpProblem.INVALID_JSON, describe(e));
    }

    static String describe(JsonProcessingException e) {
        StringBuilder detail = new StringBuilder("The body is not valid JSON");
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String field = field(e);
        if (e instanceof StreamConstraintsException) {
            detail.append(": it is nested or sized beyond what is accepted (").append(firstSentence(original))
                    .append(')');
        } else if (original.startsWith("Duplicate field")) {
            detail.append(": the field ").append(quotedName(original)).append(" appears more than once");
        } else if (original.startsWith("Trailing token")) {
            detail.append(": something follows the JSON value");
        } else if (field != null) {
            detail.append(": field '").append(field).append("' ").append(expectation(e));
        } else if (e instanceof JsonParseException) {
            detail.append(": it is malformed");
        } else if (e instanceof MismatchedInputException && original.contains("No content")) {
            detail.append(": the body is empty");
        } else if (e instanceof MismatchedInputException) {
            detail.append(": expected a JSON object");
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            detail.append(" (line ").append(location.getLineNr()).append(", column ")
                    .append(location.getColumnNr()).append(')');
        }
        return detail.append('.').toString();
    }

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
        }
        return null;
    }

    /** What a field should have held, from the type Jackson wanted. */
    private static String expectation(JsonProcessingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong format";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date and time, e.g. 2019-10-07T09:00:00Z";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        return "has the wrong format";
    }

    private static String quotedName(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? message.substring(start, end + 1) : "";
    }

    private static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return (end > 0 ? message.substring(0, end) : message).toLowerCase(Locale.ROOT).replace("`", "");
    }
}
