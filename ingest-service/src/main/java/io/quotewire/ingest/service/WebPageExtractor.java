package io.quotewire.ingest.service;

import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.PublishedDate;
import io.quotewire.ingest.text.CleanText;
import io.quotewire.ingest.web.PageMetadata;
import io.quotewire.ingest.web.WebPage;
import io.quotewire.ingest.web.WebPageReader;
import java.util.HashMap;
import java.util.Map;

/** A saved web page as an extracted document: its story as clean text, its headline, and its metadata as facts. */
final class WebPageExtractor {

    private WebPageExtractor() {}

    static ExtractedDocument extract(byte[] bytes, String type) {
        WebPage page = WebPageReader.read(bytes);
        PageMetadata metadata = page.metadata();
        Map<String, String> facts = new HashMap<>();
        facts.put("charset", page.charset().name());
        if (page.declaredCharset() != null && !page.declaredCharset().equals(page.charset())) {
            facts.put("declaredCharset", page.declaredCharset().name());
        }
        ParsedDocumentReader.putIfPresent(facts, "author", page.author());
        ParsedDocumentReader.putIfPresent(facts, "published", PublishedDate.normalise(metadata.published()));
        ParsedDocumentReader.putIfPresent(facts, "canonicalUrl", metadata.canonicalUrl());
        ParsedDocumentReader.putIfPresent(facts, "siteName", metadata.siteName());
        return new ExtractedDocument(CleanText.of(page.paragraphs()), type, metadata.title(), facts);
    }
}
