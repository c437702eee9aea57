package io.quotewire.query.service;

import io.quotewire.query.persistence.Quote;
import io.quotewire.query.persistence.QuoteRepeats;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the quotes of an article that were said before: by the same speaker entity, with the same normalised words
 * (or, for longer quotes, trigram similarity ≥ 0.8), earlier in this article or in any stored one. A repeat points at
 * the first occurrence, so lists and counts show each quote once. Terms and quotes with no speaker entity are left.
 */
@ApplicationScoped
public class QuoteDeduplicator {

    private final QuoteRepeats repeats;

    public QuoteDeduplicator(QuoteRepeats repeats) {
        this.repeats = repeats;
    }

    /** Sets {@code duplicateOf} on the repeats among {@code quotes} (flushed, with ids), in text order. */
    public void mark(String articleId, List<Quote> quotes) {
        List<Quote> candidates = new ArrayList<>();
        Map<String, Quote> firstInArticle = new HashMap<>();
        for (Quote quote : quotes) {
            if (quote.speakerEntity == null || "term".equals(quote.kind) || quote.normalizedText.isEmpty()) {
                continue;
            }
            Quote earlier = firstInArticle.putIfAbsent(quote.speakerEntity.id + "|" + quote.normalizedText, quote);
            if (earlier != null) {
                quote.duplicateOf = earlier.duplicateOf != null ? earlier.duplicateOf : earlier.id;
            } else {
                candidates.add(quote);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<Integer, Long> heads = repeats.firstOccurrences(articleId,
                candidates.stream().map(quote -> quote.speakerEntity.id).toList(),
                candidates.stream().map(quote -> quote.normalizedText).toList());
        heads.forEach((index, head) -> candidates.get(index).duplicateOf = head);
        // A repeat within the article of a quote that repeats another article's points at that article's quote.
        for (Quote quote : quotes) {
            if (quote.duplicateOf != null) {
                Quote earlier = quotes.stream().filter(q -> quote.duplicateOf.equals(q.id)).findFirst().orElse(null);
                if (earlier != null && earlier.duplicateOf != null) {
                    quote.duplicateOf = earlier.duplicateOf;
                }
            }
        }
    }
}
