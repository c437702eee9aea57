package io.quotewire.query.service;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.query.persistence.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies each kind of pipeline event to the stored article; callers supply the transaction. */
@ApplicationScoped
public class ArticleEventHandler {

    private final ArticleRecorder recorder;
    private final EnrichmentWriter enrichmentWriter;

    public ArticleEventHandler(ArticleRecorder recorder, EnrichmentWriter enrichmentWriter) {
        this.recorder = recorder;
        this.enrichmentWriter = enrichmentWriter;
    }

    /**
     * An article was ingested: it is {@code processing} unless it already failed or was enriched. A reprocess
     * request ({@link ArticleReprocessor}) makes it {@code processing} again, unless the NLP's answer to this very
     * request (or a later one) was stored first: the topics are read independently, so that answer may come first.
     */
    public void ingested(ArticleIngested event) {
        if (ArticleReprocessor.isRequest(event)) {
            recorder.reopen(event);
        } else {
            recorder.record(event, ArticleStatus.PROCESSING, null);
        }
    }

    /** The NLP gave up on an article: it is {@code failed} with the reason, unless it was enriched meanwhile. */
    public void failed(ArticleIngested event, String reason) {
        recorder.record(event, ArticleStatus.FAILED, reason);
    }

    /** A record of the article could not be stored: it is {@code failed} with the reason, unless enriched. */
    public void unstorable(String articleId, String reason) {
        recorder.fail(articleId, reason);
    }

    /** An article was enriched: its text and enrichment replace whatever was stored, whatever came first. */
    public void enriched(ArticleEnriched event) {
        enrichedAll(List.of(event));
    }

    /** {@link #enriched} for several articles with distinct ids, in one transaction, as if one after another. */
    public void enrichedAll(List<ArticleEnriched> events) {
        List<ArticleRecorder.Recorded> recorded = recorder.recordAll(
                events.stream().map(ArticleEnriched::article).toList(), ArticleStatus.ENRICHED, null);
        enrichmentWriter.replaceAll(recorded.stream().map(ArticleRecorder.Recorded::article).toList(), events);
    }
}
