package io.quotewire.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Template and tool titles are told from real ones. */
class PlaceholderTitlesTest {

    @Test
    void templateAndToolTitlesArePlaceholders() {
        for (String title : new String[] {"Normal.dotm", "Microsoft Word - draft3.docx", "report_final.pdf",
            "Paper Title (use style: paper title)", "Untitled", "Untitled document", "Document1", "Title",
            "Click here to enter a title", "Presentation1", "  "}) {
            assertThat(PlaceholderTitles.isPlaceholder(title)).as(title).isTrue();
        }
    }

    @Test
    void realTitlesAreNot() {
        for (String title : new String[] {"Failed Working-Level Nuclear Talks in Stockholm", "Normal service resumes",
            "Document shows Kim's plan", "The title race: Haddad wins"}) {
            assertThat(PlaceholderTitles.isPlaceholder(title)).as(title).isFalse();
        }
    }
}
