package io.quotewire.query.persistence;

import io.quotewire.query.domain.AboutMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@code about=} for a term that names no entity (a topic: "sanctions"), in two forms; a term that names
 * one is read from {@link QuotesAboutEntities} instead. {@link #candidates} finds the matching quotes through GIN
 * indexes — the quote's words and its passage by full text — as rows {@code (id, kind)}, one per way a quote matches,
 * so its cost follows the matches, not the store. {@link #matches(AboutMatch)} says of one quote {@code qu} whether
 * that is its strongest match, for walking the newest articles when there are too many matches to sort.
 *
 * @param words the full-text query of the term's words
 * @param parameters the named parameters {@code words} binds
 */
public record QuoteAbout(String words, Map<String, Object> parameters) {

    /** The SQL for {@code term}'s words (websearch syntax). */
    public static QuoteAbout of(String term) {
        return new QuoteAbout("websearch_to_tsquery('english', :about)", Map.of("about", term));
    }

    /**
     * {@code SELECT id, kind} rows (kind = {@link AboutMatch#rank()}) of the quotes matching, through the indexes,
     * each restricted by {@code filters} ({@code " AND …"} over {@code qu}, or empty).
     */
    public String candidates(String filters) {
        List<String> selects = new ArrayList<>();
        for (AboutMatch kind : AboutMatch.values()) {
            String ofKind = candidates(kind, filters);
            if (ofKind != null) {
                selects.add(ofKind.replace("SELECT qu.id FROM", "SELECT qu.id, " + kind.rank() + " AS kind FROM"));
            }
        }
        return String.join(" UNION ALL ", selects);
    }

    /** {@code SELECT id} rows of the quotes matching as {@code kind} (maybe also more strongly); null when none can. */
    public String candidates(AboutMatch kind, String filters) {
        return switch (kind) {
            case QUOTE -> "SELECT qu.id FROM quote qu WHERE qu.search_vector @@ " + words + filters;
            // Only an entity can be referred to: words are never a pronoun's antecedent.
            case REFERENCE -> null;
            case CONTEXT -> "SELECT qu.id FROM quote qu WHERE qu.context_vector @@ " + words + filters;
        };
    }

    /** A condition true when {@code match} is the strongest way the quote {@code qu} is about the term. */
    public String matches(AboutMatch match) {
        return "(" + noStrongerThan(match) + " AND " + condition(match) + ")";
    }

    /** A condition true when the quote {@code qu} matches no kind stronger than {@code match}. */
    public String noStrongerThan(AboutMatch match) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        for (AboutMatch stronger : AboutMatch.values()) {
            if (stronger == match) {
                break;
            }
            conditions.add("NOT " + condition(stronger));
        }
        return "(" + String.join(" AND ", conditions) + ")";
    }

    private String condition(AboutMatch match) {
        return switch (match) {
            case QUOTE -> "(qu.search_vector @@ " + words + ")";
            case REFERENCE -> "false";
            case CONTEXT -> "(qu.context_vector @@ " + words + ")";
        };
    }
}
