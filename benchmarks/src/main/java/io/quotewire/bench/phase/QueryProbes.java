package io.quotewire.bench.phase;

import io.quotewire.contracts.ArticleEnriched;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the query benchmark asks for, taken from the stored articles themselves, so every question has answers:
 * speakers' surnames for {@code /quotes?speaker=}, the first letters of entity names for {@code /entities?q=},
 * long words of quotes for {@code /search?q=}, names of people, places and organisations for {@code /quotes?about=}.
 */
public record QueryProbes(List<String> speakers, List<String> entityPrefixes, List<String> searchWords,
        List<String> aboutNames) {

    /** The entity types whose names {@code about=} is asked with: what a reader asks "who was quoted about". */
    private static final Set<String> ABOUT_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "COUNTRY", "CITY");

    private static final int PREFIX_LENGTH = 4;
    private static final int MIN_SEARCH_WORD = 7;

    /** Probes from the enriched articles, in a stable order. */
    public static QueryProbes from(List<ArticleEnriched> articles) {
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Set<String> about = new LinkedHashSet<>();
        for (ArticleEnriched article : articles) {
            for (ArticleEnriched.Quote quote : article.quotes()) {
                if (quote.speaker() != null && quote.speaker().name() != null) {
                    String[] parts = quote.speaker().name().trim().split("\\s+");
                    speakers.add(parts[parts.length - 1]);
                }
                for (String word : quote.text().split("[^\\p{L}]+")) {
                    if (word.length() >= MIN_SEARCH_WORD) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (ArticleEnriched.Entity entity : article.entities()) {
                String name = entity.name().replaceAll("[^\\p{L}]", "");
                if (name.length() >= PREFIX_LENGTH) {
                    prefixes.add(name.substring(0, PREFIX_LENGTH).toLowerCase(Locale.ROOT));
                }
                if (ABOUT_TYPES.contains(entity.type()) && name.length() >= PREFIX_LENGTH) {
                    about.add(entity.name());
                }
            }
        }
        return new QueryProbes(nonEmpty(speakers, "speaker"), nonEmpty(prefixes, "entity"),
                nonEmpty(words, "search word"), nonEmpty(about, "named entity"));
    }

    private static List<String> nonEmpty(Set<String> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalStateException("The enriched corpus has no " + what + " to ask about");
        }
        return new ArrayList<>(values);
    }
}
