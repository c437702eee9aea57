package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.contracts.ArticleText;
import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the hand-made gold of both seeds: every attributable quote found with its full-name speaker and
 * kind, terms without speaker, and the role wherever the article gives one.
 */
@Tag("no-shared-servers")
class SeedsGoldTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<JsonNode> seeds() throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SeedsGoldTest.class.getResourceAsStream("/attribution/seeds-gold.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                articles.add(MAPPER.readTree(line));
            }
        }
        return articles.stream();
    }

    @ParameterizedTest(name = "{index}: seed")
    @MethodSource("seeds")
    void goldTextIsTheNormalisedSeed(JsonNode gold) throws IOException {
        Path seed = Path.of("../seeds", gold.get("id").asText() + ".txt");
        assertThat(gold.get("text").asText()).isEqualTo(ArticleText.normalise(Files.readString(seed)));
    }

    @ParameterizedTest(name = "{index}: seed")
    @MethodSource("seeds")
    void everyGoldQuoteIsFoundWithItsSpeakerKindAndRole(JsonNode gold) {
        Analysed analysed = SharedPipeline.analyse(gold.get("text").asText());
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode expected : gold.get("quotes")) {
            String label = expected.get("text").asText();
            AttributedQuote found = matching(analysed.quotes(), expected.get("start").asInt(), expected.get("end").asInt());
            softly.assertThat(found).as("found: %s", label).isNotNull();
            if (found == null) {
                continue;
            }
            QuoteKind kind = QuoteKind.valueOf(expected.get("kind").asText().toUpperCase(Locale.ROOT));
            softly.assertThat(found.kind()).as("kind of %s", label).isEqualTo(kind);
            if (kind == QuoteKind.TERM) {
                softly.assertThat(found.speaker()).as("a term has no speaker: %s", label).isNull();
                continue;
            }
            softly.assertThat(found.speaker()).as("speaker of %s", label).isNotNull();
            if (found.speaker() == null) {
                continue;
            }
            softly.assertThat(found.speaker().name()).as("speaker of %s", label).isEqualTo(expected.get("speaker").asText());
            softly.assertThat(found.confidence()).as("confidence of %s", label).isBetween(0.3, 1.0);
            JsonNode description = expected.get("description");
            if (description != null && !description.isNull()) {
                softly.assertThat(found.speaker().description()).as("role of %s", label).isEqualTo(description.asText());
            }
        }
        softly.assertAll();
    }

    /** The engine quote overlapping the gold span by at least half of the shorter of the two. */
    private static AttributedQuote matching(List<AttributedQuote> quotes, int start, int end) {
        for (AttributedQuote q : quotes) {
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            if (overlap > 0 && overlap >= 0.5 * Math.min(end - start, q.end() - q.start())) {
                return q;
            }
        }
        return null;
    }
}
