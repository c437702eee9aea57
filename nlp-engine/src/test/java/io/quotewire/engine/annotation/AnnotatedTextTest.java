package io.quotewire.engine.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    private static final AnnotatedText FIRST = new AnnotatedText("Ann Lee spoke.",
            List.of(token("Ann", 0, 0), token("Lee", 4, 0), token("spoke", 8, 0), token(".", 13, 0)),
            List.of(new NamedSpan(0, 7, "PERSON")));
    private static final AnnotatedText SECOND = new AnnotatedText("Yes. Oslo agreed.",
            List.of(token("Yes", 0, 0), token(".", 3, 0), token("Oslo", 5, 1), token("agreed", 10, 1), token(".", 16, 1)),
            List.of(new NamedSpan(5, 9, "CITY")));

    @Test
    void joinedPiecesKeepTheirPlaceInTheWholeText() {
        String whole = "Ann Lee spoke.\n\nYes. Oslo agreed.";

        AnnotatedText joined = AnnotatedText.join(whole, List.of(new AnnotatedText.Piece(0, FIRST),
                new AnnotatedText.Piece(16, SECOND)));

        assertThat(joined.tokens()).extracting(t -> whole.substring(t.begin(), t.end()))
                .containsExactly("Ann", "Lee", "spoke", ".", "Yes", ".", "Oslo", "agreed", ".");
        assertThat(joined.tokens()).extracting(AnnotatedToken::sentence).containsExactly(0, 0, 0, 0, 1, 1, 2, 2, 2);
        assertThat(joined.mentions()).containsExactly(new NamedSpan(0, 7, "PERSON"), new NamedSpan(21, 25, "CITY"));
        assertThat(joined.sentenceCount()).isEqualTo(3);
    }

    @Test
    void anEmptyTextHasNoSentences() {
        assertThat(new AnnotatedText("", List.of(), List.of()).sentenceCount()).isZero();
    }

    private static AnnotatedToken token(String word, int begin, int sentence) {
        return new AnnotatedToken(word, word.toLowerCase(), "NN", "O", begin, begin + word.length(), sentence);
    }
}
