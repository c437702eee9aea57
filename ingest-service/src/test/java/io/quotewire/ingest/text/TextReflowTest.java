package io.quotewire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs of plain text: hard-wrapped lines joined, real breaks kept. */
class TextReflowTest {

    @Test
    void hardWrappedParagraphsAreJoinedAndBlankLinesSeparateThem() {
        String wrapped = """
                Talks in Stockholm
                By Anna Lindqvist

                "We don't believe that the United States is substantively ready for
                negotiation with us," said Kim Myong Gil, who led the North Korean
                delegation, after eight hours of talks on the outskirts of the city.

                The State Department said the U.S. had brought creative ideas and had
                good discussions with its counterparts from Pyongyang on Saturday.
                """;
        assertThat(TextReflow.paragraphs(wrapped)).containsExactly(
                "Talks in Stockholm",
                "By Anna Lindqvist",
                "\"We don't believe that the United States is substantively ready for negotiation with us,\" said Kim "
                        + "Myong Gil, who led the North Korean delegation, after eight hours of talks on the outskirts of "
                        + "the city.",
                "The State Department said the U.S. had brought creative ideas and had good discussions with its "
                        + "counterparts from Pyongyang on Saturday.");
    }

    @Test
    void hardWrappedParagraphsWithoutBlankLinesSplitWhereALineEndsEarly() {
        String wrapped = """
                The working-level talks between the United States and North Korea
                broke down on Saturday after eight hours.
                "We walked away," said Kim Myong Gil, the chief negotiator, to the
                reporters waiting outside the embassy in the rain.
                """;
        assertThat(TextReflow.paragraphs(wrapped)).containsExactly(
                "The working-level talks between the United States and North Korea broke down on Saturday after eight "
                        + "hours.",
                "\"We walked away,\" said Kim Myong Gil, the chief negotiator, to the reporters waiting outside the "
                        + "embassy in the rain.");
    }

    @Test
    void textWrittenOneParagraphPerLineKeepsEveryLine() {
        String seedLike = "Failed Talks in Stockholm\nCheong Seong-Chang\nVice President of Research Planning,\n"
                + "The Sejong Institute\n" + "In seven months after the failure of the summit in Hanoi, ".repeat(4)
                + "the talks broke down.\n" + "Kim stated, “A complete denuclearization is possible.” ".repeat(4);
        assertThat(TextReflow.paragraphs(seedLike)).hasSize(6).startsWith("Failed Talks in Stockholm",
                "Cheong Seong-Chang", "Vice President of Research Planning,", "The Sejong Institute");
    }

    @Test
    void listItemsAndHeadingsStartParagraphs() {
        String text = """
                What the delegations agreed on in Stockholm after eight hours of talks
                behind closed doors at the residence of the Swedish ambassador, and
                what they left for the next round in two weeks:
                - a freeze on missile tests for as long as the talks go on, to be
                  checked by both sides
                - a second round in two weeks
                # Reactions
                """;
        List<String> paragraphs = TextReflow.paragraphs(text);
        assertThat(paragraphs).containsExactly(
                "What the delegations agreed on in Stockholm after eight hours of talks behind closed doors at the "
                        + "residence of the Swedish ambassador, and what they left for the next round in two weeks:",
                "- a freeze on missile tests for as long as the talks go on, to be checked by both sides",
                "- a second round in two weeks",
                "# Reactions");
    }

    @Test
    void wrapWidthIsFoundOnlyInWrappedText() {
        assertThat(WrapWidth.of(List.of("a short line", "another", "and one more", "end")).wrapped()).isFalse();
        assertThat(WrapWidth.of(List.of("x".repeat(300), "y".repeat(250), "short", "z".repeat(400))).wrapped())
                .isFalse();
        assertThat(WrapWidth.of(List.of("a".repeat(70), "b".repeat(72), "c".repeat(66), "d".repeat(20))).columns())
                .isEqualTo(72);
        assertThat(WrapWidth.of(List.of("Title", "By A. Writer", "", "a".repeat(70), "b".repeat(71), "c".repeat(12),
                "- item", "- " + "d".repeat(60))).columns()).isEqualTo(71);
    }
}
