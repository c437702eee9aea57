package io.quotewire.query.web;

import io.quotewire.query.domain.SpeakerView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The deep links between the pages, built in one place so every page links the same way. */
public final class PageLinks {

    private PageLinks() {}

    public static String article(String articleId) {
        return "/ui/articles/" + encode(articleId);
    }

    public static String quote(String articleId, long quoteId) {
        return article(articleId) + "#quote-" + quoteId;
    }

    public static String entity(long entityId) {
        return "/ui/entities/" + entityId;
    }

    /** The speaker's entity page, or for a speaker the NLP did not tie to an entity, the page of the name. */
    public static String speaker(SpeakerView speaker) {
        if (speaker.entityId() != null) {
            return entity(speaker.entityId());
        }
        return speakerName(speaker.name());
    }

    public static String speakerName(String name) {
        return "/ui/speakers?name=" + encode(name);
    }

    public static String search(String q) {
        return "/ui/search?q=" + encode(q);
    }

    /** The JSON answer of the quotes about {@code term}. */
    public static String quotesAbout(String term) {
        return "/quotes?about=" + encode(term);
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
