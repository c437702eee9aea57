package io.quotewire.query.web;

import io.quotewire.query.persistence.ArticleStatus;
import java.util.Arrays;
import java.util.Locale;

/** The status filter of the article list: an unknown value shows every article rather than an error page. */
final class ArticleStatuses {

    private ArticleStatuses() {}

    /** The API name of the status asked for ("enriched"), or null for any. */
    static String parse(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ArticleStatus.values()).map(ArticleStatus::apiName).filter(wanted::equals)
                .findFirst().orElse(null);
    }

    static ArticleStatus toStatus(String apiName) {
        return apiName == null ? null : ArticleStatus.valueOf(apiName.toUpperCase(Locale.ROOT));
    }
}
