package io.quotewire.engine.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.engine.annotation.TextChunker.TextChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    @Test
    void aTextWithinTheLimitIsOneChunk() {
        assertThat(new TextChunker(100).chunks("Ann Lee spoke.\n\nBob agreed.")).containsExactly(new TextChunk(0, 27));
    }

    @Test
    void anEmptyTextHasNoChunks() {
        assertThat(new TextChunker(100).chunks("")).isEmpty();
    }

    @Test
    void chunksEndAfterTheLastParagraphBreakWithinTheLimit() {
        String text = "First paragraph here.\n\nSecond one.\nStill second.\n\nThird paragraph, long enough.";

        List<TextChunk> chunks = new TextChunker(52).chunks(text);

        assertThat(chunks).extracting(chunk -> chunk.of(text)).containsExactly(
                "First paragraph here.\n\nSecond one.\nStill second.\n\n", "Third paragraph, long enough.");
    }

    @Test
    void aSingleNewlineIsTheNextBestBreak() {
        String text = "Line one is here.\nLine two is here.\nLine three is here.";

        assertThat(new TextChunker(40).chunks(text)).extracting(chunk -> chunk.of(text))
                .containsExactly("Line one is here.\nLine two is here.\n", "Line three is here.");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAfterASentenceEndThenAtASpace() {
        String text = "“We agree,” he said. Then they left the room together quietly";

        List<TextChunk> chunks = new TextChunker(30).chunks(text);

        assertThat(chunks).extracting(chunk -> chunk.of(text))
                .containsExactly("“We agree,” he said.", " Then they left the room", " together quietly");
    }

    @Test
    void textWithoutAnyBreakIsCutHardButNeverInsideASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";

        assertThat(new TextChunker(3).chunks(text)).extracting(chunk -> chunk.of(text))
                .containsExactly("ab", "\uD83D\uDE00c", "d");
    }

    @Test
    void chunksCoverTheWholeTextInOrderAndStayWithinTheLimit() {
        String paragraph = "Kim Myong Gil said the talks had failed. “We will see,” said David Maxwell.\n";
        String text = (paragraph + "\n").repeat(300) + "x".repeat(500) + " " + paragraph.repeat(40);

        List<TextChunk> chunks = new TextChunker(1_000).chunks(text);

        assertThat(chunks.get(0).start()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).start()).isEqualTo(chunks.get(i - 1).end());
        }
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isBetween(1, 1_000));
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(chunk -> assertThat(chunk.of(text)).endsWith("\n"));
    }

    @Test
    void aLimitBelowTwoCharactersIsRefused() {
        assertThatThrownBy(() -> new TextChunker(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
