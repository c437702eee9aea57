package io.quotewire.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.ingest.text.CleanText;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: Open Graph and article meta tags, schema.org JSON-LD, the
 * canonical link, the first {@code <h1>} and the {@code <title>}.
 *
 * @param title the headline without the site's name, or null
 * @param author the writer(s), or null
 * @param published when it was published, as the page writes it, or null
 * @param canonicalUrl the page's canonical address, or null
 * @param siteName the publication's name, or null
 */
public record PageMetadata(String title, String author, String published, String canonicalUrl, String siteName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An {@code <h2>} shorter than this that the page title contains may be the site's name, not the headline. */
    private static final int MIN_HEADLINE_WORDS = 3;

    /** schema.org types whose JSON-LD describes the article itself. */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "webpage", "report", "liveblogposting");

    /** Reads {@code page} before anything is removed from it. */
    public static PageMetadata of(Document page) {
        JsonNode article = jsonLdArticle(page);
        String canonical = webAddress(first(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url")));
        String siteName = first(meta(page, "og:site_name"), meta(page, "application-name"),
                text(article, "publisher", "name"));
        String host = host(canonical);
        return new PageMetadata(title(page, article, siteName, host), author(page, article),
                first(meta(page, "article:published_time"), meta(page, "datePublished"), text(article, "datePublished"),
                        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date.issued"),
                        meta(page, "date"), attribute(page, "time[datetime]", "datetime")),
                canonical, siteName == null ? null : CleanText.paragraph(siteName));
    }

    /**
     * The headline: the longest {@code <h1>} or {@code <h2>} that the declared titles contain (it carries no site
     * name), else og:title, JSON-LD headline or {@code <title>} without the site's name, else the first {@code <h1>}.
     */
    private static String title(Document page, JsonNode article, String siteName, String host) {
        String declared = first(meta(page, "og:title"), meta(page, "twitter:title"), text(article, "headline"),
                page.title());
        Element best = null;
        for (Element heading : page.select("h1, h2")) {
            String text = squash(heading.text());
            boolean contained = declared == null ? heading.is("h1") : squash(declared).contains(text);
            if (!text.isEmpty() && contained && (best == null || text.length() > squash(best.text()).length())) {
                best = heading;
            }
        }
        // A short <h2> the title contains may be the site's name ("Fjord Notes") rather than the headline.
        if (best != null && (best.is("h1") || best.text().split("\\s+").length >= MIN_HEADLINE_WORDS)) {
            return CleanText.paragraph(best.text());
        }
        return declared == null ? null : SiteTitle.strip(declared, siteName, host);
    }

    private static String author(Document page, JsonNode article) {
        List<String> names = new ArrayList<>();
        if (article != null && article.has("author")) {
            JsonNode authors = article.get("author");
            for (JsonNode author : authors.isArray() ? authors : List.of(authors)) {
                String name = author.isTextual() ? author.asText() : author.path("name").asText(null);
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (names.isEmpty()) {
            String meta = first(meta(page, "author"), meta(page, "article:author"), meta(page, "byl"));
            if (meta != null && !meta.startsWith("http")) {
                names.add(meta.replaceFirst("(?i)^by\\s+", "").strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = articleIn(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException malformed) {
                // Pages ship broken JSON-LD often enough; the other sources still apply.
            }
        }
        return null;
    }

    private static JsonNode articleIn(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = articleIn(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return articleIn(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        for (JsonNode each : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(each.asText("").toLowerCase(Locale.ROOT)) && node.has("headline")) {
                return node;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            if (at == null) {
                return null;
            }
            at = at.get(field);
        }
        return at == null || !at.isValueNode() || at.asText().isBlank() ? null : at.asText().strip();
    }

    private static String meta(Document page, String name) {
        return first(attribute(page, "meta[property=\"" + name + "\"]", "content"),
                attribute(page, "meta[name=\"" + name + "\"]", "content"),
                attribute(page, "meta[itemprop=\"" + name + "\"]", "content"));
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        String value = element == null ? null : element.attr(attribute).strip();
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@code url} when it is an absolute http(s) address, else null: a page may write anything into its links. */
    private static String webAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
