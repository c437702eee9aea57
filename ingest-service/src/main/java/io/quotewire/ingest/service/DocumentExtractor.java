package io.quotewire.ingest.service;

import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.ingest.text.CleanText;
import io.quotewire.ingest.text.DecodingDamage;
import io.quotewire.ingest.text.MarkdownText;
import io.quotewire.ingest.text.Mojibake;
import io.quotewire.ingest.text.TextReflow;
import io.quotewire.support.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Detects a document's type with Apache Tika and turns it into clean article text (one paragraph per line, see
 * {@link CleanText}), its title and facts, enforcing the text limit: web pages through {@link WebPageExtractor},
 * PDF, word-processor, EPUB and e-mail files through {@link ParsedDocumentReader}, plain text and Markdown here.
 */
// Created at start-up: loading Tika's parsers takes seconds, which the first caller should not wait for.
@Startup
@ApplicationScoped
public class DocumentExtractor {

    /**
     * The family decoded by {@link PlainTextDecoder}: text/plain, Markdown, and any other {@code text/*} Tika names
     * from a file's name or first bytes (a log, a CSV) is still text a person wrote, so it is read, not refused.
     */
    private static final String TEXT_FAMILY = "text/";

    private static final String MARKDOWN = "text/markdown";

    /** Web pages, read for their main content. */
    static final Set<String> WEB_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** What Tika calls an encrypted Office Open XML file (DOCX with a password): never parseable. */
    private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

    /** What the upload page and the errors name as accepted. */
    static final String ACCEPTED_FORMATS = "plain text, Markdown, HTML, PDF, DOCX, DOC, ODT, RTF, EPUB, EML or MSG";

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ParsedDocumentReader parsed = new ParsedDocumentReader(parser);
    private final IngestConfig config;

    public DocumentExtractor(IngestConfig config) {
        this.config = config;
    }

    /** The text and facts of {@code bytes}; throws {@link ProblemException} when they cannot become an article. */
    public ExtractedDocument extract(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ProblemException(IngestProblem.EMPTY_DOCUMENT, "The file " + fileName + " is empty.");
        }
        ExtractedDocument document = PlainTextShortcut.recognise(bytes, fileName)
                .map(text -> plainText(text.text(), text.type(), StandardCharsets.UTF_8))
                .orElseGet(() -> detectAndExtract(bytes, fileName));
        checkText(document.text(), fileName);
        return document;
    }

    /** The clean text of an article given as text (JSON): the same reflow as a plain-text file. */
    public static String cleanPlainText(String text) {
        return CleanText.of(TextReflow.paragraphs(Mojibake.repair(ArticleText.normalise(text))));
    }

    /** What Tika's content detection makes of {@code bytes}: parsed, decoded as text, or refused. */
    ExtractedDocument detectAndExtract(byte[] bytes, String fileName) {
        String type = detect(bytes, fileName);
        if (WEB_TYPES.contains(type)) {
            return WebPageExtractor.extract(bytes, type);
        }
        if (ParsedDocumentReader.LAYOUTS.containsKey(type)) {
            return parsed.read(bytes, fileName, type, config.ingest().maxTextLength());
        }
        if (type.equals(PROTECTED_OOXML)) {
            throw ParsedDocumentReader.encrypted(fileName, null);
        }
        if (type.startsWith(TEXT_FAMILY)) {
            PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
            return plainText(decoded.text(), type, decoded.charset());
        }
        throw new ProblemException(IngestProblem.UNSUPPORTED_MEDIA_TYPE, "The file " + fileName + " looks like "
                + type + "; send " + ACCEPTED_FORMATS + ".");
    }

    private String detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The type of " + fileName
                    + " could not be detected.", e);
        }
    }

    /** Plain text and Markdown: paragraphs rebuilt from the lines ({@link TextReflow}, {@link MarkdownText}). */
    private static ExtractedDocument plainText(String decoded, String type, Charset charset) {
        String text = Mojibake.repair(ArticleText.normalise(decoded));
        String clean = CleanText.of(type.equals(MARKDOWN) ? MarkdownText.paragraphs(text) : TextReflow.paragraphs(text));
        return new ExtractedDocument(clean, type, null, Map.of("charset", charset.name()));
    }

    private void checkText(String text, String fileName) {
        if (text.isBlank()) {
            throw new ProblemException(IngestProblem.EMPTY_DOCUMENT, "The file " + fileName
                    + " contains no text (only white space or nothing extractable).");
        }
        if (text.length() > config.ingest().maxTextLength()) {
            throw textTooLong(fileName, config.ingest().maxTextLength());
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ProblemException(IngestProblem.UNSUPPORTED_MEDIA_TYPE, "The file " + fileName
                    + " contains binary data, not text.");
        }
        DecodingDamage damage = DecodingDamage.of(text);
        if (damage.unreadable()) {
            throw new ProblemException(IngestProblem.UNDECODABLE_TEXT, damage.damaged() + " of the " + damage.visible()
                    + " characters of " + fileName + " could not be decoded (they read as \uFFFD or control "
                    + "characters): its character set is mis-declared and could not be recognised. Save it as UTF-8 "
                    + "and send it again.");
        }
    }

    static ProblemException textTooLong(String fileName, int maxTextLength) {
        return new ProblemException(IngestProblem.TEXT_TOO_LONG, "The text of " + fileName + " is longer than "
                + maxTextLength + " characters.");
    }
}
