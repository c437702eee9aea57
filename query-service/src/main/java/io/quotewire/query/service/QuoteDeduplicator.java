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

    /**
     * Sets {@code duplicateOf} on the repeats among {@code quotes} (flushed, with ids, maybe detached), in the
     * database and on the objects, in text order.
     *
     * @param excluded the article itself and those written after it in the same transaction, whose quotes are not
     *     compared yet and so are no first occurrences for it
     */
    public void mark(List<String> excluded, List<Quote> quotes) {
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
        if (!candidates.isEmpty()) {
            Map<Integer, Long> heads = repeats.firstOccurrences(excluded,
                    candidates.stream().map(quote -> quote.speakerEntity.id).toList(),
                    candidates.stream().map(quote -> quote.normalizedText).toList());
            heads.forEach((index, head) -> candidates.get(index).duplicateOf = head);
        }
        // A repeat within the article of a quote that repeats another article's points at that article's quote.
        for (Quote quote : quotes) {
            if (quote.duplicateOf != null) {
                Quote earlier = quotes.stream().filter(q -> quote.duplicateOf.equals(q.id)).findFirst().orElse(null);
                if (earlier != null && earlier.duplicateOf != null) {
                    quote.duplicateOf = earlier.duplicateOf;
                }
            }
        }
        Map<Long, Long> marked = new HashMap<>();
        quotes.stream().filter(quote -> quote.duplicateOf != null).forEach(quote -> marked.put(quote.id, quote.duplicateOf));
        repeats.markRepeats(marked);
    }
}
