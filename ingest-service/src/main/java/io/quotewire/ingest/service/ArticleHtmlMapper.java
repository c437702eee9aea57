package io.quotewire.ingest.service;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, also discarding page furniture (navigation, asides, footers, forms): for HTML that Tika parses
 * itself, the body of an HTML e-mail or a chapter of an EPUB (web pages go through {@link WebPageExtractor}).
 */
public final class ArticleHtmlMapper extends DefaultHtmlMapper {

    public static final ArticleHtmlMapper INSTANCE = new ArticleHtmlMapper();

    /** Elements whose whole content is never the article's text; menus and "related" boxes would pollute NLP. */
    private static final Set<String> FURNITURE = Set.of("NAV", "ASIDE", "FOOTER", "FORM", "NOSCRIPT", "TEMPLATE");

    private ArticleHtmlMapper() {}

    @Override
    public boolean isDiscardElement(String name) {
        return super.isDiscardElement(name) || FURNITURE.contains(name.toUpperCase(Locale.ROOT));
    }
}
