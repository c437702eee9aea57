package io.quotewire.ingest.service;

import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.support.problem.ProblemException;
import io.quotewire.ingest.domain.IngestProblem;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Detects a document's type with Apache Tika and extracts its text and title, enforcing the text limit. */
// Created at start-up: loading Tika's parsers takes seconds, which the first caller should not wait for.
@Startup
@ApplicationScoped
public class DocumentExtractor {

    /**
     * The family decoded by {@link PlainTextDecoder}: text/plain, Markdown, and any other {@code text/*} Tika names
     * from a file's name or first bytes (a log, a CSV) is still text a person wrote, so it is read, not refused.
     */
    private static final String TEXT_FAMILY = "text/";

    /** Types Tika parses into text for us. */
    static final Set<String> PARSED_TYPES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/rtf",
            "application/vnd.oasis.opendocument.text");

    /** Blank-line runs that layout extraction (HTML blocks, PDF pages) leaves behind. */
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n[\\h]*(?:\\n[\\h]*)+\\n");

    private final AutoDetectParser parser = new AutoDetectParser();
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

    /** What Tika's content detection makes of {@code bytes}: parsed, decoded as text, or refused. */
    ExtractedDocument detectAndExtract(byte[] bytes, String fileName) {
        String type = detect(bytes, fileName);
        ExtractedDocument document;
        if (PARSED_TYPES.contains(type)) {
            document = parse(bytes, fileName, type);
        } else if (type.startsWith(TEXT_FAMILY)) {
            document = decodePlainText(bytes, type);
        } else {
            throw new ProblemException(IngestProblem.UNSUPPORTED_MEDIA_TYPE, "The file " + fileName + " looks like "
                    + type + "; send plain text, Markdown, HTML, PDF or DOCX.");
        }
        return document;
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

    private ExtractedDocument decodePlainText(byte[] bytes, String type) {
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
        return plainText(decoded.text(), type, decoded.charset());
    }

    private static ExtractedDocument plainText(String decoded, String type, Charset charset) {
        return new ExtractedDocument(ArticleText.normalise(decoded), type, null, Map.of("charset", charset.name()));
    }

    private ExtractedDocument parse(byte[] bytes, String fileName, String type) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // One more character than allowed, so that "too long" is told apart from "exactly at the limit".
        BodyContentHandler handler = new BodyContentHandler(config.ingest().maxTextLength() + 1);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, ArticleHtmlMapper.INSTANCE);
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The file " + fileName
                    + " is encrypted or password-protected; send it without protection.", e);
        } catch (IOException | SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw textTooLong(fileName);
            }
            throw new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The file " + fileName
                    + " could not be read as " + type + "; it may be damaged.", e);
        }
        String text = BLANK_LINE_RUNS.matcher(ArticleText.normalise(handler.toString())).replaceAll("\n\n").strip();
        return new ExtractedDocument(text, type, metadata.get(TikaCoreProperties.TITLE), facts(metadata));
    }

    private void checkText(String text, String fileName) {
        if (text.isBlank()) {
            throw new ProblemException(IngestProblem.EMPTY_DOCUMENT, "The file " + fileName
                    + " contains no text (only white space or nothing extractable).");
        }
        if (text.length() > config.ingest().maxTextLength()) {
            throw textTooLong(fileName);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ProblemException(IngestProblem.UNSUPPORTED_MEDIA_TYPE, "The file " + fileName
                    + " contains binary data, not text.");
        }
    }

    private ProblemException textTooLong(String fileName) {
        return new ProblemException(IngestProblem.TEXT_TOO_LONG, "The text of " + fileName + " is longer than "
                + config.ingest().maxTextLength() + " characters.");
    }

    private static Map<String, String> facts(Metadata metadata) {
        Map<String, String> facts = new HashMap<>();
        putIfPresent(facts, "author", metadata.get(TikaCoreProperties.CREATOR));
        putIfPresent(facts, "created", metadata.get(TikaCoreProperties.CREATED));
        putIfPresent(facts, "language", metadata.get(TikaCoreProperties.LANGUAGE));
        putIfPresent(facts, "pages", metadata.get(PagedText.N_PAGES));
        return facts;
    }

    private static void putIfPresent(Map<String, String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(key, value);
        }
    }
}
