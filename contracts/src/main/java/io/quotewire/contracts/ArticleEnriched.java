package io.quotewire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Event on {@link Topics#ARTICLES_ENRICHED}: the ingested article with its entities and attributed quotes.
 *
 * @param entities canonical entities of this article; {@link Entity#key()} is local to the article
 * @param mentions every place an entity is named in the text
 * @param quotes quotations and reported speech, each with its speaker when it has one
 */
public record ArticleEnriched(
        int schemaVersion,
        String id,
        ArticleIngested article,
        List<Entity> entities,
        List<Mention> mentions,
        List<Quote> quotes,
        NlpInfo nlp,
        Instant enrichedAt) {

    /** Version of this record's shape; bump it with the JSON Schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A canonical entity of one article: "Kim Myong Gil" with its aliases "Kim" and "Kim’s", or a DATE, TIME, MONEY
     * or PERCENT with the value it stands for.
     *
     * @param value the normalised value of a DATE ("2019-10-05"), TIME, MONEY or PERCENT; null (or absent) for names
     */
    public record Entity(String key, String name, String type, List<String> aliases, String value) {

        /** A named entity, which has no normalised value. */
        public Entity(String key, String name, String type, List<String> aliases) {
            this(key, name, type, aliases, null);
        }
    }

    /**
     * One occurrence of an entity in the article text, {@code [start, end)}.
     *
     * @param value the normalised value of a DATE, TIME, MONEY or PERCENT mention; null (or absent) for names
     */
    public record Mention(String entityKey, String text, String type, int start, int end, String value) {

        /** A mention of a name, which has no normalised value. */
        public Mention(String entityKey, String text, String type, int start, int end) {
            this(entityKey, text, type, start, end, null);
        }
    }

    /**
     * A quotation or reported statement, {@code [start, end)} in the article text.
     *
     * @param kind one of {@code direct}, {@code partial}, {@code indirect}, {@code term}
     * @param cue the verb or phrase that attributes it ("said", "according to"), null when none
     * @param confidence 0–1, from the evidence that found the speaker
     * @param speaker null for terms and unattributed quotes
     * @param references the words inside the quote that stand for an entity of the article without being a mention of
     *     it — "he" meaning Kim Jong Un — when the NLP resolved them with confidence; null (or absent) or empty for none
     */
    public record Quote(
            String text,
            int start,
            int end,
            String kind,
            String cue,
            double confidence,
            Speaker speaker,
            List<Reference> references) {

        /** A quote with no references (the shape before references existed). */
        public Quote(String text, int start, int end, String kind, String cue, double confidence, Speaker speaker) {
            this(text, start, end, kind, cue, confidence, speaker, null);
        }
    }

    /**
     * Words inside a quote, {@code [start, end)} in the article text, that refer to an entity of the article: the
     * "he" in “because he believed Trump wanted a foreign policy success” is Kim Jong Un. Never the quote's own speaker.
     *
     * @param entityKey the entity in {@link ArticleEnriched#entities()}
     * @param text the words as written ("he", "his")
     */
    public record Reference(String entityKey, int start, int end, String text) {}

    /**
     * Who said a quote.
     *
     * @param name the fullest name the article gives ("David Maxwell" for "Maxwell" or "he")
     * @param entityKey the speaker's entity in {@link ArticleEnriched#entities()}, null when none
     * @param description the role the article gives the speaker, null when none
     * @param descriptionEntityKey the organisation named in the description, null when none
     * @param mentionText the words that name the speaker at this quote ("he", "Maxwell")
     */
    public record Speaker(
            String name,
            String entityKey,
            String description,
            String descriptionEntityKey,
            String mentionText,
            Integer mentionStart,
            Integer mentionEnd) {}

    /** Which NLP produced the enrichment, and how long it took. */
    public record NlpInfo(String engine, String version, List<String> annotators, long processingMillis) {}
}
