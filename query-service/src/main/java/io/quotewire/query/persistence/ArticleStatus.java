package io.quotewire.query.persistence;

import java.util.Locale;

/** Where an article is in the pipeline; a status only moves forward, so late or repeated events never downgrade it. */
public enum ArticleStatus {
    PROCESSING,
    FAILED,
    ENRICHED;

    /** Whether an article in this status may take {@code next}: the same status or a later one. */
    public boolean mayBecome(ArticleStatus next) {
        return next.ordinal() >= ordinal();
    }

    /** The lower-case name the API shows ("enriched"). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
