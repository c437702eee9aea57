package io.quotewire.query.web;

import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.rest.InvalidParameterException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small conversions of values for display and of what people type into the page's forms. */
final class PageText {

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PageText() {}

    /** An instant as people read it, e.g. {@code 2026-11-23 12:00 UTC}; empty when unknown. */
    static String instant(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant);
    }

    /** What the user typed into a filter, or null when it holds no letter or digit and so cannot filter anything. */
    static String words(String value) {
        if (value == null || value.isBlank() || value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return value.strip();
    }

    /**
     * A 0-based page number from the address; anything unreadable shows the first page rather than an error, but a
     * page beyond reach (over {@link PageRequest#MAX_OFFSET} rows deep) is a 400, as in the API.
     */
    static int pageNumber(String value) {
        long page;
        try {
            page = value == null ? 0 : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
        if (page > Integer.MAX_VALUE || !PageRequest.withinReach((int) page, PageRequest.DEFAULT_SIZE)) {
            throw new InvalidParameterException("page " + value.strip() + " is beyond the last page that can be shown ("
                    + PageRequest.MAX_OFFSET / PageRequest.DEFAULT_SIZE + "); narrow the list with a filter instead.");
        }
        return (int) page;
    }
}
