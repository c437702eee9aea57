package io.quotewire.ingest.web;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never the story from a page before Readability scores it: menus, consent banners, share bars,
 * related-article lists, comment sections, advertising, captions and footers. They are found by their element
 * (nav, aside, footer, figure, form), their ARIA role, or a class or id word ("cookie-consent", "share-bar",
 * "related-links", "comments"); an element that holds most of the page's paragraphs is kept whatever its name.
 */
final class PageFurniture {

    private static final String FURNITURE_ELEMENTS = "script, style, noscript, template, iframe, svg, canvas, form, "
            + "button, select, textarea, input, nav, aside, footer, dialog, menu, object, embed, video, audio, picture, "
            + "figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [role=search], [role=menu], [role=menubar], [role=toolbar], "
            + "[hidden], [aria-hidden=true], [aria-modal=true]";

    /** Class or id words (split at "-", "_" and spaces) that name furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("ad", "ads", "adslot", "advert", "advertisement",
            "advertising", "sponsor", "sponsored", "promo", "promoted", "cookie", "cookies", "consent", "gdpr", "cmp",
            "newsletter", "subscribe", "subscription", "signup", "paywall", "share", "shares", "sharing", "sharebar",
            "social", "related", "recommended", "recommendations", "recirculation", "trending", "popular", "comment",
            "comments", "commentlist", "discussion", "disqus", "replies", "breadcrumb", "breadcrumbs", "outbrain",
            "taboola", "caption", "credit", "toolbar", "tags", "masthead", "navbar", "menu", "sidebar", "widget",
            "banner", "modal", "overlay", "popup", "sronly", "hidden", "footer", "utility", "postmetadata");

    /** Word pairs that name furniture only together ("most-read", "more-stories"). */
    private static final Set<String> FURNITURE_PHRASES = Set.of("most-read", "more-stories", "read-next",
            "further-reading", "around-the-web", "top-stories", "sr-only", "visually-hidden", "screen-reader",
            "you-may-like", "also-read", "see-also");

    /** An element holding more than this share of the page's paragraph text is the story, whatever it is called. */
    private static final double STORY_SHARE = 0.5;

    private PageFurniture() {}

    /** Removes the furniture of {@code page} in place. */
    static void remove(Document page) {
        Element body = page.body();
        int storyText = paragraphText(body);
        for (Element element : body.select(FURNITURE_ELEMENTS)) {
            removeUnlessStory(element, storyText);
        }
        for (Element element : body.getAllElements()) {
            if (element != body && element.parent() != null && namedAsFurniture(element)) {
                removeUnlessStory(element, storyText);
            }
        }
    }

    private static void removeUnlessStory(Element element, int storyText) {
        if (element.parent() == null) {
            return; // already removed with an ancestor
        }
        boolean holdsStory = storyText > 0 && paragraphText(element) > STORY_SHARE * storyText;
        boolean holdsHeadline = element.selectFirst("h1") != null && !element.is("nav, form, [role=navigation]");
        if (!holdsStory && !holdsHeadline) {
            element.remove();
        }
    }

    static boolean namedAsFurniture(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        String hyphenated = names.replace('_', '-');
        for (String phrase : FURNITURE_PHRASES) {
            if (hyphenated.contains(phrase)) {
                return true;
            }
        }
        for (String word : names.split("[-_\\s]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphText(Element root) {
        int length = 0;
        for (Element paragraph : root.select("p")) {
            length += paragraph.text().length();
        }
        return length;
    }
}
