package io.quotewire.nlp.attribution;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import io.quotewire.nlp.domain.AttributedQuote;
import io.quotewire.nlp.domain.CanonicalEntity;
import io.quotewire.nlp.domain.EntityMention;
import io.quotewire.nlp.domain.QuoteKind;
import io.quotewire.nlp.domain.Speaker;
import io.quotewire.nlp.domain.TextAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds canonical entities and attributed quotes in a CoreNLP-annotated document. */
public final class AttributionEngine {

    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    /** Stateless: one engine may analyse documents from several threads at once. */
    public AttributionEngine() {}

    /** Entities, mentions and quotes of {@code document}, offsets into {@code document.text()}. */
    public TextAnalysis analyze(CoreDocument document) {
        ArticleTokens tokens = ArticleTokens.of(document);
        Map<String, CanonicalEntity> byName = new LinkedHashMap<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            if (!NAMED_TYPES.contains(mention.entityType())) {
                continue;
            }
            CanonicalEntity entity = byName.computeIfAbsent(mention.text(),
                    name -> new CanonicalEntity("e" + (byName.size() + 1), name, mention.entityType(), List.of()));
            mentions.add(new EntityMention(entity.key(), mention.text(), entity.type(),
                    mention.charOffsets().first(), mention.charOffsets().second()));
        }
        List<AttributedQuote> quotes = new ArrayList<>();
        for (QuoteSpan span : scanner.scan(tokens.text())) {
            quotes.add(attributeByFollowingSaid(tokens, span, mentions, byName));
        }
        return new TextAnalysis(List.copyOf(byName.values()), mentions, quotes);
    }

    private static AttributedQuote attributeByFollowingSaid(
            ArticleTokens tokens, QuoteSpan span, List<EntityMention> mentions, Map<String, CanonicalEntity> byName) {
        String text = tokens.text().substring(span.start(), span.end());
        int next = tokens.firstTokenEndingAfter(span.end());
        while (next < tokens.size() && tokens.get(next).isPunctuation()) {
            next++;
        }
        if (next < tokens.size() && tokens.get(next).lemma().equals("say")) {
            int nameStart = tokens.get(Math.min(next + 1, tokens.size() - 1)).begin();
            for (EntityMention mention : mentions) {
                if (mention.start() == nameStart && mention.type().equals("PERSON")) {
                    Speaker speaker = new Speaker(mention.text(), mention.entityKey(), null, null, mention.text(),
                            mention.start(), mention.end());
                    return new AttributedQuote(text, span.start(), span.end(), QuoteKind.DIRECT, "said", 0.9, speaker);
                }
            }
        }
        return new AttributedQuote(text, span.start(), span.end(), QuoteKind.DIRECT, null, 0.0, null);
    }
}
