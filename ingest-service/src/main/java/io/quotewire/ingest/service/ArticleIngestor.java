package io.quotewire.ingest.service;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.DeclaredFacts;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.IngestOutcome;
import io.quotewire.ingest.domain.TextFields;
import io.quotewire.support.problem.ProblemException;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.ingest.domain.Upload;
import io.quotewire.ingest.mapping.ArticleMapper;
import io.quotewire.ingest.messaging.ArticlePublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns submitted documents into published articles: extract, derive the id, skip duplicates, publish. */
@ApplicationScoped
public class ArticleIngestor {

    private final DocumentExtractor extractor;
    private final DuplicateCheck duplicateCheck;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig config;

    public ArticleIngestor(DocumentExtractor extractor, DuplicateCheck duplicateCheck, ArticlePublisher publisher,
            IngestMetrics metrics, IngestConfig config) {
        this.extractor = extractor;
        this.duplicateCheck = duplicateCheck;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * One outcome per upload, in order. A file that cannot become an article is "rejected" with its problem and
     * publishes nothing. The others are checked for duplicates and published together, a wave at a time; a broker
     * failure fails the whole request (503), and sending it again is safe since ids are derived from the text.
     */
    public List<IngestOutcome> ingestFiles(List<Upload> uploads, DeclaredFacts declared) {
        Instant receivedAt = Instant.now();
        List<IngestOutcome> outcomes = new ArrayList<>(uploads.size());
        List<ArticleIngested> wave = new ArrayList<>();
        long waveChars = 0;
        for (Upload upload : uploads) {
            try {
                ArticleIngested article = fromFile(upload, declared, receivedAt);
                wave.add(article);
                outcomes.add(null);
                waveChars += article.text().length();
            } catch (ProblemException e) {
                outcomes.add(IngestOutcome.rejected(upload.fileName(), e.problem()));
            }
            if (waveChars >= waveCharacters()) {
                fillIn(outcomes, admit(wave));
                wave.clear();
                waveChars = 0;
            }
        }
        fillIn(outcomes, admit(wave));
        outcomes.forEach(metrics::record);
        return outcomes;
    }

    /**
     * Text a wave of a request's articles may hold before it is published: twice the longest text allowed. Small
     * files all go out together, while a 200-file upload of long documents holds at most about this much text (plus
     * one document) in memory at a time, as when files were published one by one.
     */
    private long waveCharacters() {
        return 2L * config.ingest().maxTextLength();
    }

    /** Puts {@code admitted} (in order) where {@code outcomes} still has gaps. */
    private static void fillIn(List<IngestOutcome> outcomes, List<IngestOutcome> admitted) {
        int next = 0;
        for (int i = 0; i < outcomes.size() && next < admitted.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, admitted.get(next++));
            }
        }
    }

    /** The outcome of an article given as text; bad input raises {@link ProblemException}. */
    public IngestOutcome ingestText(String text, DeclaredFacts declared) {
        String clean;
        try {
            // Measured before the clean-up too: reflowing tens of megabytes (the body limit is 100M) takes seconds.
            checkTextLength(ArticleText.normalise(text));
            // The same clean text as the same words dropped as a .txt file: same paragraphs, same article id.
            clean = DocumentExtractor.cleanPlainText(text);
            checkTextLength(clean);
            if (clean.isEmpty() && ArticleText.hasVisibleText(text)) {
                throw new ProblemException(IngestProblem.EMPTY_DOCUMENT,
                        "The text has no words, only rules such as \"-----\" or white space.");
            }
            checkVisible(clean, "The text");
            TextFields.checkCharacters("text", clean);
            checkDeclared(declared);
        } catch (ProblemException refused) {
            metrics.record(IngestOutcome.rejected(null, refused.problem()));
            throw refused;
        }
        ExtractedDocument document = new ExtractedDocument(clean, "text/plain", null, Map.of());
        String rawSha256 = ArticleText.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        IngestOutcome outcome = admit(List.of(ArticleMapper.toEvent(document, declared, rawSha256, null, Instant.now(),
                config.ingest().maxTitleLength()))).get(0);
        metrics.record(outcome);
        return outcome;
    }

    /** Text over {@code quotewire.ingest.max-text-length} characters is refused: 413. */
    private void checkTextLength(String text) {
        if (text.length() > config.ingest().maxTextLength()) {
            throw new ProblemException(IngestProblem.TEXT_TOO_LONG, "The text is longer than "
                    + config.ingest().maxTextLength() + " characters.");
        }
    }

    private ArticleIngested fromFile(Upload upload, DeclaredFacts declared, Instant receivedAt) {
        long maxBytes = config.ingest().maxFileSize().asLongValue();
        if (upload.size() > maxBytes) {
            throw new ProblemException(IngestProblem.FILE_TOO_LARGE, "The file " + upload.fileName() + " has "
                    + upload.size() + " bytes; the limit is " + maxBytes + ".");
        }
        byte[] bytes = read(upload);
        ExtractedDocument document = extractor.extract(bytes, upload.fileName());
        checkVisible(document.text(), "The file " + upload.fileName());
        TextFields.checkCharacters("The text of " + upload.fileName(), document.text());
        return ArticleMapper.toEvent(document, declared, ArticleText.sha256Hex(bytes), upload.fileName(), receivedAt,
                config.ingest().maxTitleLength());
    }

    /** Refuses the caller's title, source and url when too long or holding characters that cannot be stored. */
    public void checkDeclared(DeclaredFacts declared) {
        TextFields.check("title", declared.title(), config.ingest().maxTitleLength());
        TextFields.check("source", declared.source(), config.ingest().maxSourceLength());
        TextFields.check("url", declared.url(), config.ingest().maxUrlLength());
    }

    /** Text with nothing a reader can see (white space, NBSP, zero-width characters) is no article: 422. */
    private static void checkVisible(String text, String what) {
        if (!ArticleText.hasVisibleText(text)) {
            throw new ProblemException(IngestProblem.EMPTY_DOCUMENT, what + " contains no visible text (only white"
                    + " space or invisible characters such as no-break or zero-width spaces).");
        }
    }

    /** Accepted or duplicate, per article in order; publishes the new ones (all at once) first. */
    private List<IngestOutcome> admit(List<ArticleIngested> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Boolean> duplicates = duplicateCheck.duplicates(articles.stream().map(ArticleIngested::id).toList());
        List<ArticleIngested> fresh = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            if (!duplicates.get(i)) {
                fresh.add(articles.get(i));
            }
        }
        publisher.publishAll(fresh);
        String base = articlesUrl();
        List<IngestOutcome> outcomes = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleIngested article = articles.get(i);
            String status = duplicates.get(i) ? IngestOutcome.DUPLICATE : IngestOutcome.ACCEPTED;
            outcomes.add(new IngestOutcome(article.id(), article.fileName(), status, base + article.id(), null));
        }
        return outcomes;
    }

    /** Where query-service serves articles, as the {@code location} of each outcome names them. */
    private String articlesUrl() {
        String url = config.queryService().url();
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end) + "/articles/";
    }

    private static byte[] read(Upload upload) {
        try {
            return Files.readAllBytes(upload.path());
        } catch (IOException e) {
            throw new ProblemException(IngestProblem.UNREADABLE_DOCUMENT, "The upload of " + upload.fileName()
                    + " could not be read back; send it again.", e);
        }
    }
}
