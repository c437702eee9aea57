package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleText;
import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.TextChunker;
import io.quotewire.engine.annotation.TextChunker.TextChunk;
import io.quotewire.engine.model.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An article annotated in paragraph-aligned chunks and joined is the article annotated whole: the same tokens,
 * sentences and NER mentions at the same offsets, and therefore the same entities, mentions and quotes — also for a
 * quote whose speaker is named only in an earlier chunk. This is CoreNLP's behaviour, so it runs on the real pipeline
 * (the {@code verify} lane), not on stored annotations.
 */
@Tag("no-shared-servers")
class ChunkedAnnotationIT {

    private static final AttributionEngine ENGINE = new AttributionEngine();

    @Test
    void bothSeedsInSmallChunksAnnotateAsTheWholeText() throws Exception {
        String text = ArticleText.normalise(Files.readString(Path.of("../seeds/000_6beca85ce06e4a01.txt"))
                + "\n\n" + Files.readString(Path.of("../seeds/004_6e24b6c3a97ee8ce.txt")));
        // Longer than the longest line of the seeds (1,132 characters), so every chunk ends at a line end.
        List<TextChunk> chunks = new TextChunker(1_200).chunks(text);
        assertThat(chunks).hasSizeGreaterThan(12)
                .allSatisfy(chunk -> assertThat(chunk.end() == text.length() || text.charAt(chunk.end() - 1) == '\n').isTrue());

        AnnotatedText whole = FixtureAnnotations.annotateLive(text);
        AnnotatedText joined = inChunks(text, chunks);

        assertThat(joined.tokens()).isEqualTo(whole.tokens());
        assertThat(joined.mentions()).isEqualTo(whole.mentions());
        TextAnalysis expected = ENGINE.analyze(whole);
        assertThat(ENGINE.analyze(joined)).isEqualTo(expected);
        assertThat(expected.quotes()).hasSizeGreaterThan(30);
    }

    @Test
    void aPronounSpeakerResolvesToAPersonNamedInAnEarlierChunk() {
        String text = "Leif-Eric Easley, a professor at Ewha University, spoke in Seoul on Monday.\n\n"
                + "The talks in Stockholm ended early.\n\n"
                + "“Pyongyang is raising the price of its cooperation,” he said.";
        List<TextChunk> chunks = new TextChunker(80).chunks(text);
        assertThat(chunks).hasSize(3);

        TextAnalysis analysis = ENGINE.analyze(inChunks(text, chunks));

        assertThat(analysis.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.speaker().name()).isEqualTo("Leif-Eric Easley");
            assertThat(quote.start()).isEqualTo(text.indexOf('“'));
        });
    }

    private static AnnotatedText inChunks(String text, List<TextChunk> chunks) {
        List<AnnotatedText.Piece> pieces = new ArrayList<>();
        for (TextChunk chunk : chunks) {
            pieces.add(new AnnotatedText.Piece(chunk.start(), FixtureAnnotations.annotateLive(chunk.of(text))));
        }
        return AnnotatedText.join(text, pieces);
    }
}
