package io.quotewire.ingest.service;

import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.DeclaredFacts;
import io.quotewire.ingest.domain.ExtractedDocument;
import io.quotewire.ingest.domain.IngestOutcome;
import io.quotewire.ingest.domain.ProblemException;
import io.quotewire.ingest.domain.ProblemType;
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
    private final KnownArticles knownArticles;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig config;

    public ArticleIngestor(DocumentExtractor extractor, KnownArticles knownArticles, ArticlePublisher publisher,
            IngestMetrics metrics, IngestConfig config) {
        this.extractor = extractor;
        this.knownArticles = knownArticles;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * One outcome per upload, in order. A file that cannot become an article is "rejected" with its problem and
     * publishes nothing; a broker failure aborts the whole request (503), since nothing after it can be accepted.
     */
    public List<IngestOutcome> ingestFiles(List<Upload> uploads, DeclaredFacts declared) {
        Instant receivedAt = Instant.now();
        DuplicateCheck duplicates = new DuplicateCheck(knownArticles);
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Upload upload : uploads) {
            IngestOutcome outcome;
            try {
                outcome = admit(fromFile(upload, declared, receivedAt), duplicates);
            } catch (ProblemException e) {
                if (e.problem().type().equals(ProblemType.BROKER_UNAVAILABLE.uri())) {
                    throw e;
                }
                outcome = IngestOutcome.rejected(upload.fileName(), e.problem());
            }
            metrics.record(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** The outcome of an article given as text; bad input raises {@link ProblemException}. */
    public IngestOutcome ingestText(String text, DeclaredFacts declared) {
        String normalised = ArticleText.normalise(text);
        if (normalised.length() > config.ingest().maxTextLength()) {
            ProblemException tooLong = new ProblemException(ProblemType.TEXT_TOO_LONG, "The text is longer than "
                    + config.ingest().maxTextLength() + " characters.");
            metrics.record(IngestOutcome.rejected(null, tooLong.problem()));
            throw tooLong;
        }
        ExtractedDocument document = new ExtractedDocument(normalised, "text/plain", null, Map.of());
        String rawSha256 = ArticleText.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        IngestOutcome outcome = admit(ArticleMapper.toEvent(document, declared, rawSha256, null, Instant.now()),
                new DuplicateCheck(knownArticles));
        metrics.record(outcome);
        return outcome;
    }

    private ArticleIngested fromFile(Upload upload, DeclaredFacts declared, Instant receivedAt) {
        long maxBytes = config.ingest().maxFileSize().asLongValue();
        if (upload.size() > maxBytes) {
            throw new ProblemException(ProblemType.FILE_TOO_LARGE, "The file " + upload.fileName() + " has "
                    + upload.size() + " bytes; the limit is " + maxBytes + ".");
        }
        byte[] bytes = read(upload);
        ExtractedDocument document = extractor.extract(bytes, upload.fileName());
        return ArticleMapper.toEvent(document, declared, ArticleText.sha256Hex(bytes), upload.fileName(), receivedAt);
    }

    private IngestOutcome admit(ArticleIngested article, DuplicateCheck duplicates) {
        String location = config.queryService().url().replaceAll("/+$", "") + "/articles/" + article.id();
        if (duplicates.isDuplicate(article.id())) {
            return new IngestOutcome(article.id(), article.fileName(), IngestOutcome.DUPLICATE, location, null);
        }
        publisher.publish(article);
        return new IngestOutcome(article.id(), article.fileName(), IngestOutcome.ACCEPTED, location, null);
    }

    private static byte[] read(Upload upload) {
        try {
            return Files.readAllBytes(upload.path());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNREADABLE_DOCUMENT, "The upload of " + upload.fileName()
                    + " could not be read back; send it again.", e);
        }
    }
}
