package io.quotewire.ingest.fidelity;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an article into a site template of the fidelity set ({@code fidelity/sites/*.html}): placeholders such as
 * {@code {{headline}}} are filled in, {@code {{body}}} becomes one {@code <p>} per paragraph with its source wrapped at
 * 80 columns (or, for {@code {{body-br}}}, paragraphs apart by {@code <br /><br />}), and each
 * {@code {{after:N}}…{{/after}}} section of page furniture is moved to just after the body's N-th paragraph.
 */
public final class NewsPage {

    /** The column the body's HTML source is wrapped at. */
    public static final int SOURCE_COLUMNS = 80;

    private static final Pattern AFTER = Pattern.compile("(?s)\\{\\{after:(\\d+)}}(.*?)\\{\\{/after}}\\n?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private NewsPage() {}

    /** The page of {@code article} in the site template named {@code site} (e.g. "ledger"). */
    public static String render(String site, FixtureArticle article) {
        String template = FidelitySet.read(FidelitySet.resource("fidelity/sites/" + site + ".html"));
        Map<Integer, String> inserts = new HashMap<>();
        Matcher sections = AFTER.matcher(template);
        while (sections.find()) {
            inserts.put(Integer.parseInt(sections.group(1)), sections.group(2));
        }
        String page = AFTER.matcher(template).replaceAll("");
        Map<String, String> values = values(article, inserts);
        Matcher placeholders = PLACEHOLDER.matcher(page);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String value = values.get(placeholders.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Unknown placeholder " + placeholders.group() + " in " + site);
            }
            placeholders.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return placeholders.appendTail(out).toString();
    }

    private static Map<String, String> values(FixtureArticle article, Map<Integer, String> inserts) {
        Map<String, String> values = new HashMap<>();
        values.put("headline", html(article.headline()));
        values.put("headline-json", json(article.headline()));
        values.put("author", html(article.author()));
        values.put("author-json", json(article.author()));
        values.put("published", article.published());
        values.put("published-text", OffsetDateTime.parse(article.published()).format(SHOWN_DATE));
        values.put("slug", article.name());
        values.put("kicker", article.kicker() == null ? "" : "<p class=\"kicker\">" + html(article.kicker()) + "</p>");
        values.put("kicker-text", article.kicker() == null ? "" : html(article.kicker()));
        values.put("byline", article.byline().isEmpty() ? ""
                : "<div class=\"byline\">" + String.join("<br>\n", article.byline().stream().map(NewsPage::html).toList())
                        + "</div>");
        values.put("byline-text", String.join(" · ", article.byline().stream().map(NewsPage::html).toList()));
        values.put("body", body(article.body(), inserts, false));
        values.put("body-br", body(article.body(), inserts, true));
        return values;
    }

    private static String body(List<String> paragraphs, Map<Integer, String> inserts, boolean breaks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = html(paragraphs.get(i));
            String source = breaks ? text + (i < paragraphs.size() - 1 ? "<br />" : "") : "<p>" + text + "</p>";
            out.add(String.join("\n", HardWrap.lines(source, SOURCE_COLUMNS, "    ")));
            if (breaks && i < paragraphs.size() - 1) {
                out.add("    <br />");
            }
            String insert = inserts.get(i + 1);
            if (insert != null) {
                out.add(insert.stripTrailing());
            }
        }
        return String.join("\n", out);
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
