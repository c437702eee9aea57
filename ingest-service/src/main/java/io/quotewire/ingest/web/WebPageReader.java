package io.quotewire.ingest.web;

import io.quotewire.ingest.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the story out of a saved news page: decodes it ({@link HtmlDecoder}), takes its metadata
 * ({@link PageMetadata}), removes page furniture ({@link PageFurniture}), lets Readability4J (a port of Firefox's
 * Reader View) pick the article body, and returns headline, byline and body paragraphs ({@link BlockText}).
 */
public final class WebPageReader {

    /** Labels left inside article bodies that are never part of the story, compared whole and in lower case. */
    private static final Set<String> LABELS = Set.of("advertisement", "story continues below advertisement",
            "continue reading below", "sponsored", "sponsored content", "skip advertisement", "share", "share this",
            "share this article", "share this story");

    private static final String NO_ADDRESS = "http://localhost/";

    private WebPageReader() {}

    /** The story of the page in {@code bytes}. */
    public static WebPage read(byte[] bytes) {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes);
        Document page = Jsoup.parse(decoded.html());
        PageMetadata metadata = PageMetadata.of(page);
        PageFurniture.remove(page);
        // Readability resolves the page's relative links against this address (and logs an error without one); the
        // links are not kept, so any absolute address does.
        String base = metadata.canonicalUrl() == null ? NO_ADDRESS : metadata.canonicalUrl();
        Article article = new Readability4J(base, page).parse();
        Element content = article.getArticleContent();
        List<String> body = content == null ? BlockText.paragraphs(page.body()) : BlockText.paragraphs(content);
        return new WebPage(story(metadata.title(), article.getByline(), body), article.getByline(), metadata,
                decoded.charset(), decoded.declared());
    }

    /** Headline, byline, then the body without labels and without a repeat of the headline. */
    private static List<String> story(String headline, String byline, List<String> body) {
        List<String> head = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            head.add(CleanText.paragraph(headline));
        }
        if (byline != null && !byline.isBlank()) {
            head.add(CleanText.paragraph(byline));
        }
        List<String> paragraphs = new ArrayList<>(head);
        for (String paragraph : body) {
            boolean label = LABELS.contains(paragraph.toLowerCase(Locale.ROOT).replaceAll("[\\s:.]+$", ""));
            if (!label && !head.contains(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
