package io.quotewire.engine.events;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.EntityMention;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.model.EntityReference;
import io.quotewire.engine.model.Speaker;
import io.quotewire.engine.model.TextAnalysis;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Maps the NLP domain to the {@code articles.enriched} event and to the {@code POST /enrich} answer. */
public final class EnrichedArticleMapper {

    /** Names the NLP that produced an enrichment, recorded on every event. */
    public static final String ENGINE = "stanford-corenlp+quotewire-attribution";

    /** CoreNLP version / attribution engine version. */
    public static final String VERSION = "4.5.10/1";

    private EnrichedArticleMapper() {}

    /** The event for {@code article} enriched with {@code enrichment}. */
    public static ArticleEnriched toEvent(ArticleIngested article, Enrichment enrichment, Clock clock) {
        TextAnalysis analysis = enrichment.analysis();
        return new ArticleEnriched(
                ArticleEnriched.SCHEMA_VERSION,
                article.id(),
                article,
                entities(analysis),
                mentions(analysis),
                quotes(analysis),
                nlpInfo(enrichment),
                clock.instant());
    }

    /** The canonical entities of an analysis, as the event carries them. */
    public static List<ArticleEnriched.Entity> entities(TextAnalysis analysis) {
        return analysis.entities().stream().map(EnrichedArticleMapper::toEvent).toList();
    }

    /** The entity mentions of an analysis, as the event carries them. */
    public static List<ArticleEnriched.Mention> mentions(TextAnalysis analysis) {
        return analysis.mentions().stream().map(EnrichedArticleMapper::toEvent).toList();
    }

    /** The attributed quotes of an analysis, as the event carries them. */
    public static List<ArticleEnriched.Quote> quotes(TextAnalysis analysis) {
        return analysis.quotes().stream().map(EnrichedArticleMapper::toEvent).toList();
    }

    /** Which NLP ran and how long it took. */
    public static ArticleEnriched.NlpInfo nlpInfo(Enrichment enrichment) {
        List<String> annotators = Arrays.asList(PipelineSettings.ANNOTATORS.split(","));
        return new ArticleEnriched.NlpInfo(ENGINE, VERSION, annotators, enrichment.processingMillis());
    }

    static ArticleEnriched.Entity toEvent(CanonicalEntity entity) {
        return new ArticleEnriched.Entity(entity.key(), entity.name(), entity.type(), List.copyOf(entity.aliases()),
                entity.value());
    }

    static ArticleEnriched.Mention toEvent(EntityMention mention) {
        return new ArticleEnriched.Mention(
                mention.entityKey(), mention.text(), mention.type(), mention.start(), mention.end(), mention.value());
    }

    static ArticleEnriched.Quote toEvent(AttributedQuote quote) {
        return new ArticleEnriched.Quote(
                quote.text(),
                quote.start(),
                quote.end(),
                quote.kind().wireName(),
                quote.cue(),
                quote.confidence(),
                quote.speaker() == null ? null : toEvent(quote.speaker()),
                quote.references().stream().map(EnrichedArticleMapper::toEvent).toList());
    }

    static ArticleEnriched.Reference toEvent(EntityReference reference) {
        return new ArticleEnriched.Reference(reference.entityKey(), reference.start(), reference.end(), reference.text());
    }

    static ArticleEnriched.Speaker toEvent(Speaker speaker) {
        return new ArticleEnriched.Speaker(
                speaker.name(),
                speaker.entityKey(),
                speaker.description(),
                speaker.descriptionEntityKey(),
                speaker.mentionText(),
                speaker.mentionStart(),
                speaker.mentionEnd());
    }
}
