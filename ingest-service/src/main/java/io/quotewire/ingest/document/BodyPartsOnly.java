package io.quotewire.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Which embedded documents Tika may read into the text: an e-mail's body parts (text without a file name or an
 * "attachment" disposition) and nothing else — attachments, files embedded in a DOCX or PDF and images are other
 * documents, not the article.
 */
public final class BodyPartsOnly implements EmbeddedDocumentExtractor {

    private static final String CONTENT_DISPOSITION = "Content-Disposition";

    private final ParsingEmbeddedDocumentExtractor parsing;

    /** Parses the parts it lets through as Tika would, with {@code context}. */
    public BodyPartsOnly(ParseContext context) {
        this.parsing = new ParsingEmbeddedDocumentExtractor(context);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        String disposition = String.valueOf(metadata.get(CONTENT_DISPOSITION)).toLowerCase(Locale.ROOT);
        boolean text = type.startsWith("text/plain") || type.startsWith("text/html");
        return text && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null && !disposition.startsWith("attachment");
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        parsing.parseEmbedded(stream, handler, metadata, outputHtml);
    }
}
