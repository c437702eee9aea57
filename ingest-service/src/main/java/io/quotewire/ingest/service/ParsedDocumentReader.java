package io.quotewire.ingest.service;

import io.quotewire.ingest.document.BodyPartsOnly;
import io.quotewire.ingest.document.Layout;
import io.quotewire.ingest.document.ParagraphAssembler;
import io.quotewire.ingest.document.ParagraphHandler;
import io.quotewire.ingest.document.PdfMargins;
import io.quotewire.ingest.document.PlaceholderTitles;
import io.quotewire.ingest.document.RawParagraph;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.ingest.domain.PublishedDate;
import io.quotewire.ingest.text.CleanText;
import io.quotewire.ingest.text.Mojibake;
import io.quotewire.support.problem.ProblemException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Parses PDF, word-processor, EPUB and e-mail files with Apache Tika into clean text: Tika's XHTML blocks
 * ({@link ParagraphHandler}) become paragraphs as the format's {@link Layout} says; the title is the document's own
 * unless it is a template's placeholder, then its first heading.
 */
final class ParsedDocumentReader {

    /** Types Tika parses for us, with how each lays out its text. */
    static final Map<String, Layout> LAYOUTS = Map.ofEntries(
            Map.entry("application/pdf", Layout.PAGED),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Layout.FLOWING),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", Layout.FLOWING),
            Map.entry("application/msword", Layout.FLOWING),
            Map.entry("application/rtf", Layout.FLOWING),
            Map.entry("application/vnd.oasis.opendocument.text", Layout.FLOWING),
            Map.entry("application/epub+zip", Layout.FLOWING),
            Map.entry("message/rfc822", Layout.WRAPPED),
            Map.entry("application/vnd.ms-outlook", Layout.WRAPPED));

    /** E-mail: the sender is the author, the date sent is the date published. */
    private static final Set<String> MAIL = Set.of("message/rfc822", "application/vnd.ms-outlook");

    /** The Date header as Tika's mail parsers copy it. */
    private static final String RAW_DATE_HEADER = "Message:Raw-Header:Date";

    private final AutoDetectParser parser;

    ParsedDocumentReader(AutoDetectParser parser) {
        this.parser = parser;
    }

    /** The clean text, title and facts of {@code bytes}, which Tika detected as {@code type}. */
    ExtractedDocument read(byte[] bytes, String fileName, String type, int maxTextLength) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // One more character than allowed, so that "too long" is told apart from "exactly at the limit".
        ParagraphHandler handler = new ParagraphHandler(maxTextLength + 1);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw encrypted(fileName, e);
        } catch (IOException | SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw DocumentExtractor.textTooLong(fileName, maxTextLength);
            }
            throw new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The file " + fileName
                    + " could not be read as " + type + "; it may be damaged.", e);
        }
        Layout layout = LAYOUTS.get(type);
        Set<String> margins = layout == Layout.PAGED ? PdfMargins.lines(bytes) : Set.of();
        String text = Mojibake.repair(CleanText.of(ParagraphAssembler.assemble(handler.paragraphs(), layout, margins)));
        return new ExtractedDocument(text, type, title(metadata, handler), facts(metadata, type));
    }

    static ProblemException encrypted(String fileName, Exception cause) {
        return new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The file " + fileName
                + " is encrypted or password-protected; send it without protection.", cause);
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        // The parser embedded documents are read with — only those BodyPartsOnly lets through: a mail's body parts.
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        // Content-stream order keeps a column's lines together (sorting by position would interleave columns);
        // rotated pages are read upright; annotations and fake-bold duplicates are not running text.
        pdf.setSortByPosition(false);
        pdf.setDetectAngles(true);
        pdf.setExtractAnnotationText(false);
        pdf.setSuppressDuplicateOverlappingText(true);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        // Running heads, tracked deletions and text boxes (pull quotes repeat the body) are not the article.
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeShapeBasedContent(false);
        context.set(OfficeParserConfig.class, office);
        context.set(HtmlMapper.class, ArticleHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new BodyPartsOnly(context));
        return context;
    }

    /** The metadata title unless it is a placeholder; then the first heading; null leaves it to the text. */
    private static String title(Metadata metadata, ParagraphHandler handler) {
        String declared = metadata.get(TikaCoreProperties.TITLE);
        if (declared != null && !declared.isBlank() && !PlaceholderTitles.isPlaceholder(declared)) {
            return CleanText.paragraph(declared);
        }
        return handler.paragraphs().stream()
                .filter(RawParagraph::heading)
                .map(heading -> CleanText.paragraph(heading.text()))
                .filter(heading -> !heading.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static Map<String, String> facts(Metadata metadata, String type) {
        Map<String, String> facts = new HashMap<>();
        boolean mail = MAIL.contains(type);
        putIfPresent(facts, "author", metadata.get(TikaCoreProperties.CREATOR));
        String created = metadata.get(TikaCoreProperties.CREATED);
        if (mail && created == null) {
            // Tika reads an Outlook message's date only from its MAPI properties; its headers may still carry it.
            created = PublishedDate.normalise(metadata.get(RAW_DATE_HEADER));
        }
        putIfPresent(facts, mail ? "published" : "created", created);
        putIfPresent(facts, "language", metadata.get(TikaCoreProperties.LANGUAGE));
        putIfPresent(facts, "pages", metadata.get(PagedText.N_PAGES));
        return facts;
    }

    static void putIfPresent(Map<String, String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(key, CleanText.paragraph(value));
        }
    }
}
