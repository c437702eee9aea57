package io.quotewire.bench.phase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quotewire.contracts.ArticleEnriched;
import io.quotewire.contracts.ArticleIngested;
import io.quotewire.contracts.ArticleText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles for filling the store, made from real enriched events: each copy rewrites about half of the words
 * outside entity mentions (same length, so every offset stays valid) and gains one last line naming it, so it is a
 * distinct article with distinct quotes, as a store of many stories is; every {@link #WIRE_COPY_EVERY}th is a wire
 * copy of the one before it (the same text and one more line), which query-service should find.
 */
public final class StoreEventFactory {

    /** JSON as nlp-service writes it: ISO-8601 instants. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One copy in this many repeats the copy before it, as a second outlet carrying the same wire story. */
    public static final int WIRE_COPY_EVERY = 100;

    /** The share of words outside entity mentions that each distinct copy rewrites. */
    static final double REWRITTEN = 0.5;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final List<ArticleEnriched> templates;
    private final String runId;

    public StoreEventFactory(List<ArticleEnriched> templates, String runId) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("At least one enriched article is needed to fill the store");
        }
        this.templates = List.copyOf(templates);
        this.runId = runId;
    }

    /** Whether copy {@code number} is a wire copy of copy {@code number - 1}. */
    public static boolean isWireCopy(long number) {
        return number % WIRE_COPY_EVERY == WIRE_COPY_EVERY - 1;
    }

    /** The {@code number}-th copy: of template {@code number mod templates}, or a wire copy of the one before. */
    public ArticleEnriched copy(long number) {
        if (isWireCopy(number)) {
            ArticleEnriched previous = distinct(number - 1);
            return withText(previous, previous.quotes(),
                    previous.article().text() + "\nWire copy " + runId + "-" + number + ".");
        }
        return distinct(number);
    }

    private ArticleEnriched distinct(long number) {
        ArticleEnriched template = templates.get((int) (number % templates.size()));
        String text = rewrite(template, new Random(runId.hashCode() * 31L + number))
                + "\nArchive copy " + runId + "-" + number + ".";
        List<ArticleEnriched.Quote> quotes = template.quotes().stream()
                .map(q -> new ArticleEnriched.Quote(text.substring(q.start(), q.end()), q.start(), q.end(), q.kind(),
                        q.cue(), q.confidence(), q.speaker()))
                .toList();
        return withText(template, quotes, text);
    }

    /** The template's text with {@link #REWRITTEN} of the words outside its mentions spelt anew, letter for letter. */
    private static String rewrite(ArticleEnriched template, Random random) {
        String original = template.article().text();
        boolean[] named = new boolean[original.length()];
        for (ArticleEnriched.Mention mention : template.mentions()) {
            for (int i = Math.max(0, mention.start()); i < Math.min(original.length(), mention.end()); i++) {
                named[i] = true;
            }
        }
        char[] text = original.toCharArray();
        Matcher word = WORD.matcher(original);
        while (word.find()) {
            if (named[word.start()] || random.nextDouble() >= REWRITTEN) {
                continue;
            }
            for (int i = word.start(); i < word.end(); i++) {
                char letter = (char) ('a' + random.nextInt(26));
                text[i] = Character.isUpperCase(text[i]) ? Character.toUpperCase(letter) : letter;
            }
        }
        return new String(text);
    }

    private static ArticleEnriched withText(ArticleEnriched template, List<ArticleEnriched.Quote> quotes,
            String text) {
        ArticleIngested original = template.article();
        String id = ArticleText.idOf(text);
        Instant now = Instant.now();
        ArticleIngested article = new ArticleIngested(original.schemaVersion(), id,
                ArticleText.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), original.title(), text,
                original.source(), original.url(), original.publishedAt(), original.fileName(),
                original.contentType(), now, original.metadata());
        return new ArticleEnriched(template.schemaVersion(), id, article, template.entities(), template.mentions(),
                quotes, template.nlp(), now);
    }

    /** The event as the JSON value nlp-service would publish. */
    public static String json(ArticleEnriched event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An enriched event could not be written as JSON", e);
        }
    }
}
