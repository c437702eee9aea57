package io.quotewire.engine.annotation;

/**
 * A named-entity mention as the tagger found it, {@code [begin, end)} into the text.
 *
 * @param type the tagger's entity type (PERSON, ORGANIZATION, CITY, DATE…)
 */
public record NamedSpan(int begin, int end, String type) {

    /** The same mention {@code chars} characters further on. */
    NamedSpan shifted(int chars) {
        return new NamedSpan(begin + chars, end + chars, type);
    }
}
