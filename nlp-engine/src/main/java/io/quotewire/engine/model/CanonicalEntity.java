package io.quotewire.engine.model;

import java.util.List;

/**
 * One entity of an article under its fullest name, e.g. "Kim Myong Gil" with aliases "Kim" and "Kim’s".
 *
 * @param key identifier local to the article ("e1", "e2"…)
 * @param type PERSON, ORGANIZATION, LOCATION, DATE, MISC…
 * @param value the normalised value a DATE, TIME, MONEY or PERCENT stands for ("2019-10-05"), null for names
 */
public record CanonicalEntity(String key, String name, String type, List<String> aliases, String value) {

    /** A named entity, which has no normalised value. */
    public CanonicalEntity(String key, String name, String type, List<String> aliases) {
        this(key, name, type, aliases, null);
    }
}
