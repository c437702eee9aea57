package io.quotewire.engine.annotation;

/**
 * A named-entity mention as the tagger found it, {@code [begin, end)} into the text.
 *
 * @param type the tagger's entity type (PERSON, ORGANIZATION, CITY, DATE…)
 * @param value the tagger's normalised value, null when it gives none: an ISO date for a DATE ("October 5" in an
 *     article of October 2019 is {@code 2019-10-05}), SUTime's TIMEX value for a TIME, an amount for MONEY or PERCENT
 */
public record NamedSpan(int begin, int end, String type, String value) {

    /** A mention without a normalised value (names have none). */
    public NamedSpan(int begin, int end, String type) {
        this(begin, end, type, null);
    }

    /** The same mention {@code chars} characters further on. */
    NamedSpan shifted(int chars) {
        return new NamedSpan(begin + chars, end + chars, type, value);
    }
}
