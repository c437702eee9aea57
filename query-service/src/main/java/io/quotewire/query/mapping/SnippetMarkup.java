package io.quotewire.query.mapping;

import io.quotewire.query.persistence.SearchQueries;
import jakarta.enterprise.context.ApplicationScoped;

/** Makes a search snippet safe HTML: article text escaped, matches wrapped in {@code <mark>}. */
@ApplicationScoped
public class SnippetMarkup {

    /** Escapes {@code snippet} and turns the database's match marks into {@code <mark>} elements. */
    public String toHtml(String snippet) {
        if (snippet == null) {
            return null;
        }
        String escaped = snippet
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
        return escaped.replace(SearchQueries.MATCH_START, "<mark>").replace(SearchQueries.MATCH_END, "</mark>");
    }
}
