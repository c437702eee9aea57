package io.quotewire.ingest.domain;

import java.util.Map;

/**
 * Text and facts extracted from one uploaded document.
 *
 * @param text extracted text with line breaks normalised to {@code \n}
 * @param contentType detected media type without parameters, e.g. {@code text/html}
 * @param title the document's own title (HTML {@code <title>}, {@code dc:title}), or null
 * @param metadata further facts (author, charset, pages…), never null
 */
public record ExtractedDocument(String text, String contentType, String title, Map<String, String> metadata) {}
