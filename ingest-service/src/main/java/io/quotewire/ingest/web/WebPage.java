package io.quotewire.ingest.web;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The story of a saved web page: headline, byline and body paragraphs, and what the page says about itself.
 *
 * @param paragraphs the story's paragraphs in reading order, headline first
 * @param metadata title, author, date, canonical address and site name from the markup
 * @param charset the charset that decoded the page
 * @param declaredCharset the charset the page declared, or null
 */
public record WebPage(List<String> paragraphs, PageMetadata metadata, Charset charset, Charset declaredCharset) {}
