package io.quotewire.engine.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleIngested;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void readsTheDateOfABylineOrDatelineInTheOpeningLines() {
        assertThat(Dateline.find("Talks fail\nBy Ann Lee | October 7, 2019\nSTOCKHOLM — The talks …"))
                .contains(LocalDate.of(2019, 10, 7));
        assertThat(Dateline.find("Talks fail\nOct. 7, 2019\nBody")).contains(LocalDate.of(2019, 10, 7));
        assertThat(Dateline.find("Posted 7th October 2019\nBody")).contains(LocalDate.of(2019, 10, 7));
        assertThat(Dateline.find("2019-10-07 09:00\nBody")).contains(LocalDate.of(2019, 10, 7));
    }

    @Test
    void aDateInTheStoryOrWithoutAYearIsNoDateline() {
        String story = "Talks fail\n" + "The working-level talks held in Stockholm on October 5, 2019 broke down after "
                + "eight hours, and neither side said when they would meet again, if at all, this year.";
        assertThat(Dateline.find(story)).isEmpty();
        assertThat(Dateline.find("STOCKHOLM, Oct 7 (Reuters) - The talks")).isEmpty();
        assertThat(Dateline.find("February 30, 2019\nBody")).isEmpty();
        assertThat(Dateline.find("")).isEmpty();
    }

    @Test
    void publishedAtFromIngestWinsAndADatelineFillsItInOtherwise() {
        ArticleIngested dated = article("Headline\nOctober 7, 2019\nBody", Instant.parse("2019-10-08T23:30:00Z"));
        assertThat(PublicationDate.of(dated)).contains(LocalDate.of(2019, 10, 8));
        assertThat(PublicationDate.filledIn(dated)).isSameAs(dated);

        ArticleIngested undated = article("Headline\nOctober 7, 2019\nBody", null);
        ArticleIngested filled = PublicationDate.filledIn(undated);
        assertThat(filled.publishedAt()).isEqualTo(Instant.parse("2019-10-07T00:00:00Z"));
        assertThat(filled.metadata()).containsEntry(PublicationDate.SOURCE_KEY, "dateline").containsEntry("k", "v");

        ArticleIngested none = article("Headline\nBody", null);
        assertThat(PublicationDate.of(none)).isEmpty();
        assertThat(PublicationDate.filledIn(none)).isSameAs(none);
    }

    private static ArticleIngested article(String text, Instant publishedAt) {
        return new ArticleIngested(1, "id", "sha", "t", text, null, null, publishedAt, null, "text/plain",
                Instant.parse("2026-01-01T00:00:00Z"), Map.of("k", "v"));
    }
}
