package io.quotewire.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an annotated set: JSON Lines, one article a line, {@code {"id","text","quotes":[{"text","start","end",
 * "speaker","type"}]}} with type direct, mixed or indirect; an optional {@code speaker_spans} ([[start,end],…]), or a
 * single {@code speaker_start}/{@code speaker_end} pair, enables the speaker-by-span score, and an optional
 * {@code spans} list marks a quote in several pieces. Quotes of any other type (our seeds mark "term") are not speech
 * and are left out.
 */
public final class GoldReader {

    private static final Set<String> SPEECH_TYPES = Set.of("direct", "mixed", "indirect");

    private final ObjectMapper mapper = new ObjectMapper();

    /** All articles of {@code file}, skipping blank lines. */
    public List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    articles.add(parse(mapper.readTree(line)));
                }
            }
        }
        return articles;
    }

    /** One article from its JSON object. */
    public GoldArticle parse(JsonNode node) {
        List<ScoredQuote> quotes = new ArrayList<>();
        for (JsonNode q : node.path("quotes")) {
            String type = q.path("type").asText("").toLowerCase(Locale.ROOT);
            if (!SPEECH_TYPES.contains(type)) {
                continue;
            }
            List<Span> speakerSpans = new ArrayList<>();
            for (JsonNode s : q.path("speaker_spans")) {
                speakerSpans.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
            }
            if (speakerSpans.isEmpty() && q.hasNonNull("speaker_start") && q.hasNonNull("speaker_end")) {
                speakerSpans.add(new Span(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()));
            }
            String speaker = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
            int pieces = Math.max(1, q.path("spans").size());
            quotes.add(new ScoredQuote(new Span(q.get("start").asInt(), q.get("end").asInt()), type, speaker,
                    List.copyOf(speakerSpans), pieces));
        }
        return new GoldArticle(node.path("id").asText(), node.get("text").asText(), List.copyOf(quotes));
    }
}
