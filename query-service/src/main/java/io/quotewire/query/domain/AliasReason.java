package io.quotewire.query.domain;

import java.util.Locale;

/** Why a name belongs to a canonical entity, as stored on each alias and explained on the entity's page. */
public enum AliasReason {
    /** The entity's own name. */
    CANONICAL,
    /** The same name once case, accents, dots, honorifics and the possessive are set aside ("Kim Jong Un’s"). */
    SPELLING,
    /** A known name of the same country or body ("U.S." for the United States), from {@link KnownNames}. */
    KNOWN,
    /** An article's own canonicalisation named the entity so ("Maxwell" in an article that names David Maxwell). */
    ARTICLE,
    /** An acronym an article defines for the entity ("Foundation for Defense of Democracies (FDD)"). */
    ACRONYM,
    /** A spelling of the value a date, time, sum or share stands for ("October 5" for 2019-10-05). */
    VALUE;

    /** Why {@code alias} names the entity keyed {@code key}, given how the article named it. */
    public static AliasReason of(EntityKeys.EntityKey key, String alias, boolean acronym) {
        if (acronym) {
            return ACRONYM;
        }
        if (key.value() != null && !alias.equals(key.canonicalName())) {
            return VALUE;
        }
        String spelling = EntityKeys.spellingKey(alias);
        if (spelling.equals(key.key())) {
            return alias.strip().equals(key.canonicalName()) ? CANONICAL : SPELLING;
        }
        boolean sameKnown = KnownNames.byKey(spelling)
                .map(known -> EntityKeys.spellingKey(known.name()).equals(key.key()))
                .orElse(false);
        return sameKnown ? KNOWN : ARTICLE;
    }

    /** The name stored in the database and shown in the API. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason in words, for the entity's page and {@code GET /entities/{id}}. */
    public String explain(String entityName) {
        return switch (this) {
            case CANONICAL -> "the name of the entity";
            case SPELLING -> "the same name once case, accents, dots, honorifics and the possessive are set aside";
            case KNOWN -> "a known name of " + entityName + " (query-service's list of known names)";
            case ARTICLE -> "an article named " + entityName + " so";
            case ACRONYM -> "an article defines it as the acronym of " + entityName;
            case VALUE -> "the NLP reads it as " + entityName;
        };
    }

    /** The reason stored as {@code name}; an unknown one (from a newer version) reads as {@link #ARTICLE}. */
    public static AliasReason fromApiName(String name) {
        for (AliasReason reason : values()) {
            if (reason.apiName().equals(name)) {
                return reason;
            }
        }
        return ARTICLE;
    }
}
