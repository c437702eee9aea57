package io.quotewire.query.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Who wrote an article, where and when it was published, as one line: "Anna Lindqvist · NJ.com · published …". */
final class Byline {

    private Byline() {}

    /** {@code url} when it is a web address a link may point to (never {@code javascript:} and the like), else null. */
    static String webAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    /** The line for the facts given (any may be null); null when there are none. */
    static String of(String author, String siteName, Instant publishedAt) {
        List<String> parts = new ArrayList<>();
        if (author != null && !author.isBlank()) {
            parts.add(author.strip());
        }
        if (siteName != null && !siteName.isBlank()) {
            parts.add(siteName.strip());
        }
        if (publishedAt != null) {
            parts.add("published " + PageText.instant(publishedAt));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
