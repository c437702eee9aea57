package io.quotewire.engine.model;

import java.util.List;

/**
 * One entity of an article under its fullest name, e.g. "Kim Myong Gil" with aliases "Kim" and "Kim’s".
 *
 * @param key identifier local to the article ("e1", "e2"…)
 * @param type PERSON, ORGANIZATION, LOCATION, DATE, MISC…
 */
public record CanonicalEntity(String key, String name, String type, List<String> aliases) {}
