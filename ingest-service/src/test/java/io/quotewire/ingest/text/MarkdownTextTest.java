package io.quotewire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown's blocks become paragraphs; its markup goes, its words stay. */
class MarkdownTextTest {

    @Test
    void headingsListsAndQuotesAreParagraphsAndMarkupIsDropped() {
        String markdown = """
                # Talks in *Stockholm*

                Kim said the talks **broke down**, see [the statement](https://example.org/s).
                ![photo](kim.jpg)

                - first point
                - second point

                > “We walked away,” he said.
                """;
        assertThat(MarkdownText.paragraphs(markdown)).containsExactly("Talks in Stockholm",
                "Kim said the talks broke down, see the statement.", "first point", "second point",
                "“We walked away,” he said.");
    }

    @Test
    void aHardWrappedParagraphIsJoinedButOneParagraphPerLineIsKept() {
        String wrapped = """
                The working-level talks between the United States and North Korea
                broke down on Saturday after eight hours, the North Korean envoy
                said outside the embassy, where reporters had waited since noon for
                a statement from either side.
                """;
        assertThat(MarkdownText.paragraphs(wrapped)).hasSize(1);
        String perLine = "First paragraph, written on one line as many people do. ".repeat(3) + "\n"
                + "Second paragraph, also on one line. ".repeat(5);
        assertThat(MarkdownText.paragraphs(perLine)).hasSize(2);
    }
}
