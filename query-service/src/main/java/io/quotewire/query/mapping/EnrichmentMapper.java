package io.quotewire.query.mapping;

import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.query.domain.ArticleNames;
import io.quotewire.query.domain.EntitySpan;
import io.quotewire.query.domain.NameNormalizer;
import io.quotewire.query.domain.QuoteContext;
import io.quotewire.query.domain.QuoteWords;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the parts of an {@link ArticleEnriched} event into stored mentions, quotes and NLP facts. */
@ApplicationScoped
public class EnrichmentMapper {

    /** A stored mention of {@code entity} (null when the event named no known entity). */
    public Mention toMention(ArticleEnriched.Mention event, String articleId, NamedEntity entity) {
        Mention mention = new Mention();
        mention.articleId = articleId;
        mention.entity = entity;
        mention.text = event.text();
        mention.type = event.type();
        mention.start = event.start();
        mention.end = event.end();
        mention.value = event.value();
        return mention;
    }

    /**
     * A stored quote whose speaker and description entity keys are resolved through {@code entitiesByKey};
     * {@code names} are the article's ({@link ArticleNames#of} its text and {@code mentions}, built once per article).
     */
    public Quote toQuote(ArticleEnriched.Quote event, Article article, Map<String, NamedEntity> entitiesByKey,
            List<EntitySpan> mentions, ArticleNames names) {
        Quote quote = new Quote();
        quote.article = article;
        quote.text = event.text();
        quote.start = event.start();
        quote.end = event.end();
        quote.kind = event.kind();
        quote.cue = event.cue();
        quote.confidence = event.confidence();
        // Set here: the stub the article was first inserted as has no date yet, and a trigger filling the quote's
        // from it would leave every quote to be rewritten when the article's update gives it one.
        quote.articleReceivedAt = article.receivedAt;
        quote.normalizedText = QuoteWords.of(event.text());
        quote.wordsHead = QuoteWords.head(quote.normalizedText);
        quote.wordsTail = QuoteWords.tail(quote.normalizedText);
        ArticleEnriched.Speaker speaker = event.speaker();
        if (speaker != null) {
            quote.speakerName = speaker.name();
            quote.speakerNormalizedName = NameNormalizer.normalize(speaker.name());
            quote.speakerEntity = lookup(entitiesByKey, speaker.entityKey());
            quote.speakerDescription = speaker.description();
            quote.descriptionEntity = lookup(entitiesByKey, speaker.descriptionEntityKey());
            quote.mentionText = speaker.mentionText();
            quote.mentionStart = speaker.mentionStart();
            quote.mentionEnd = speaker.mentionEnd();
        }
        fillContext(quote, article.text, mentions, names);
        quote.referenceEntityIds = references(event, entitiesByKey, quote.quoteEntityIds);
        return quote;
    }

    /**
     * The entities the words inside this quote that the NLP resolved ("he" for Kim Jong Un) refer to, less those the
     * quote also names ({@code named}): to {@code about=} they are a {@code reference}. An event from before
     * references carries none.
     */
    private static Long[] references(ArticleEnriched.Quote event, Map<String, NamedEntity> entitiesByKey,
            Long[] named) {
        if (event.references() == null || event.references().isEmpty()) {
            return new Long[0];
        }
        List<Long> namedIds = List.of(named);
        return event.references().stream()
                .filter(reference -> reference.start() >= event.start() && reference.end() <= event.end())
                .map(reference -> lookup(entitiesByKey, reference.entityKey()))
                .filter(entity -> entity != null && !namedIds.contains(entity.id))
                .map(entity -> entity.id).distinct().toArray(Long[]::new);
    }

    /**
     * Sets the passage the quote answers ({@link QuoteContext}) from its article's text and its speaker mention, and
     * the entities {@code mentions} name, tagged or not ({@link ArticleNames}), inside the quote and in that passage.
     */
    public void fillContext(Quote quote, String articleText, List<EntitySpan> mentions) {
        fillContext(quote, articleText, mentions, ArticleNames.of(articleText, mentions));
    }

    private void fillContext(Quote quote, String articleText, List<EntitySpan> mentions, ArticleNames names) {
        QuoteContext.of(articleText, quote.start, quote.end, quote.mentionStart, quote.mentionEnd).ifPresentOrElse(context -> {
            quote.context = context.words();
            quote.contextStart = context.start();
            quote.contextEnd = context.end();
        }, () -> {
            // No text, or offsets outside it: an empty passage, so the backfill does not come back to it.
            quote.context = null;
            quote.contextStart = quote.start;
            quote.contextEnd = quote.start;
        });
        // Names the tagger left untagged count too, as the entity the article's mentions give them.
        Set<Long> inQuote = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.within(quote.start, quote.end)).forEach(m -> inQuote.add(m.entityId()));
        inQuote.addAll(names.namedIn(quote.text));
        quote.quoteEntityIds = inQuote.toArray(Long[]::new);
        Set<Long> inPassage = new LinkedHashSet<>();
        mentions.stream()
                .filter(m -> m.within(quote.contextStart, quote.contextEnd) && !m.within(quote.start, quote.end))
                .filter(m -> quote.mentionStart == null || quote.mentionEnd == null
                        || !m.within(quote.mentionStart, quote.mentionEnd))
                .forEach(m -> inPassage.add(m.entityId()));
        // The cue names the speaker: the passage is not about the speaker however often it says the name.
        Set<Long> namedInPassage = names.namedIn(quote.context);
        if (quote.speakerEntity != null) {
            namedInPassage.remove(quote.speakerEntity.id);
        }
        inPassage.addAll(namedInPassage);
        quote.contextEntityIds = inPassage.toArray(Long[]::new);
    }

    /** Sets when and by which NLP the article was enriched. */
    public void copyEnrichmentInto(ArticleEnriched event, Article article) {
        // Never null: the writer takes a null enrichedAt for "never enriched, nothing stored to replace".
        article.enrichedAt = event.enrichedAt() != null ? event.enrichedAt() : Instant.now();
        ArticleEnriched.NlpInfo nlp = event.nlp();
        if (nlp != null) {
            article.nlpEngine = nlp.engine();
            article.nlpVersion = nlp.version();
            article.nlpAnnotators = nlp.annotators() == null ? null : String.join(",", nlp.annotators());
            article.nlpMillis = nlp.processingMillis();
        }
    }

    private static NamedEntity lookup(Map<String, NamedEntity> entitiesByKey, String key) {
        return key == null ? null : entitiesByKey.get(key);
    }
}
