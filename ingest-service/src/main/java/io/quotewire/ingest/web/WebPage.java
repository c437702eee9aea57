package io.quotewire.ingest.web;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The story of a saved web page: headline, byline and body paragraphs, and what the page says about itself.
 *
 * @param paragraphs the story's paragraphs in reading order, headline first
 * @param byline the byline Readability found in the page, or null
 * @param metadata title, author, date, canonical address and site name from the markup
 * @param charset the charset that decoded the page
 * @param declaredCharset the charset the page declared, or null
 */
public record WebPage(List<String> paragraphs, String byline, PageMetadata metadata, Charset charset,
        Charset declaredCharset) {

    /** The writer: the markup's author, else the visible byline without its "By". */
    public String author() {
        if (metadata.author() != null || byline == null || byline.isBlank()) {
            return metadata.author();
        }
        return byline.strip().replaceFirst("(?i)^by\\s+", "");
    }
}
