package io.quotewire.engine.model;

/**
 * One place the text names an entity, as character offsets {@code [start, end)} into the article text.
 *
 * @param value the normalised value of a DATE, TIME, MONEY or PERCENT mention ("2019-10-05"), null for names
 */
public record EntityMention(String entityKey, String text, String type, int start, int end, String value) {

    /** A mention of a name, which has no normalised value. */
    public EntityMention(String entityKey, String text, String type, int start, int end) {
        this(entityKey, text, type, start, end, null);
    }
}
