package io.quotewire.query.rest;

import io.quotewire.query.domain.DateRange;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.persistence.ArticleStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Checks the API's query parameters, turning bad ones into {@link InvalidParameterException}s a person can act on. */
public final class QueryParameters {

    private QueryParameters() {}

    /** The page asked for: {@code page} 0 or more, {@code size} 1 to 100 (default 20). */
    static PageRequest page(String page, String size) {
        int pageNumber = integer("page", page, 0);
        int pageSize = integer("size", size, PageRequest.DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw new InvalidParameterException("page must be 0 or more (pages count from 0), not " + page + ".");
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new InvalidParameterException(
                    "size must be between 1 and " + PageRequest.MAX_SIZE + ", not " + size + ".");
        }
        if (!PageRequest.withinReach(pageNumber, pageSize)) {
            throw new InvalidParameterException("page × size must be at most " + PageRequest.MAX_OFFSET
                    + " (here " + pageNumber + " × " + pageSize + "); narrow the search with a filter instead.");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** An optional filter: absent or blank means "any", so null. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A parameter the endpoint cannot work without. */
    static String required(String name, String value) {
        String present = optional(value);
        if (present == null) {
            throw new InvalidParameterException(name + " is required and must not be blank.");
        }
        return present;
    }

    /** An optional filter that must contain at least one letter or digit to mean anything. */
    static String words(String name, String value) {
        String present = optional(value);
        if (present != null && present.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidParameterException(name + " must contain a letter or a digit.");
        }
        return present;
    }

    /** An optional article status: processing, failed or enriched. */
    static ArticleStatus status(String value) {
        String present = optional(value);
        if (present == null) {
            return null;
        }
        return Arrays.stream(ArticleStatus.values())
                .filter(status -> status.apiName().equals(present.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "status must be one of processing, failed or enriched, not " + present + "."));
    }

    /**
     * The date range of {@code from} and {@code to}, each a day ({@code 2019-10-05}, UTC) or an instant
     * ({@code 2019-10-05T12:00:00Z}); a day as {@code to} includes that whole day.
     */
    public static DateRange dates(String from, String to) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidParameterException("from must be before to (here from " + from + ", to " + to + ").");
        }
        return new DateRange(start, end);
    }

    /** A numeric id from the path. */
    static long id(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a whole number, not " + value + ".");
        }
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        String present = optional(value);
        if (present == null) {
            return null;
        }
        try {
            if (present.length() == 10) {
                LocalDate day = LocalDate.parse(present);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(present);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name + " must be a day such as 2019-10-05 or an instant such as "
                    + "2019-10-05T09:00:00Z, not " + value + ".");
        }
    }

    private static int integer(String name, String value, int fallback) {
        String present = optional(value);
        if (present == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(present);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a whole number, not " + value + ".");
        }
    }
}
