package io.quotewire.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ingest.support.Seeds;
import org.junit.jupiter.api.Test;

/** Titles of the seeds and the rules behind them. */
class TitleGuesserTest {

    @Test
    void sejongSeedTakesItsHeadlineLine() {
        assertThat(TitleGuesser.guess(null, Seeds.text(Seeds.SEJONG)))
                .isEqualTo("Failed Working-Level Nuclear Talks in Stockholm and Direction for Kim Jong Un’s U.S. Policy");
    }

    @Test
    void maxwellSeedTakesItsOpeningWordsCutAtAWordBoundary() {
        assertThat(TitleGuesser.guess(null, Seeds.text(Seeds.MAXWELL)))
                .isEqualTo("If President Donald Trump is thinking a deal with his friend Kim Jong Un might…");
    }

    @Test
    void declaredTitleWins() {
        assertThat(TitleGuesser.guess("  Given title ", Seeds.text(Seeds.SEJONG))).isEqualTo("Given title");
    }

    @Test
    void blankDeclaredTitleIsIgnored() {
        assertThat(TitleGuesser.guess(" ", "Short headline here\nBody.")).isEqualTo("Short headline here");
    }

    @Test
    void shortFirstSentenceIsTheTitleWithoutEllipsis() {
        assertThat(TitleGuesser.guess(null, "The talks failed. Nobody was surprised, said the envoy."))
                .isEqualTo("The talks failed.");
    }

    @Test
    void aSingleLineIsNeverTakenAsAHeadline() {
        assertThat(TitleGuesser.guess(null, "Talks collapse in Stockholm")).isEqualTo("Talks collapse in Stockholm");
    }

    @Test
    void firstLineEndingLikeASentenceIsNotAHeadline() {
        assertThat(TitleGuesser.guess(null, "Kim said no.\nMore text follows.")).isEqualTo("Kim said no.");
        assertThat(TitleGuesser.readsAsTitle("Kim said no.")).isFalse();
        assertThat(TitleGuesser.readsAsTitle("“We walked away,” he said,")).isFalse();
        assertThat(TitleGuesser.readsAsTitle("Headline")).isFalse();
    }

    @Test
    void markdownHeadingMarkerIsNotPartOfTheTitle() {
        assertThat(TitleGuesser.guess(null, "## Talks collapse in Stockholm\nBody text.")).isEqualTo("Talks collapse in Stockholm");
    }

    @Test
    void leadingBlankLinesAreSkipped() {
        assertThat(TitleGuesser.guess(null, "\n\n  Talks collapse in Stockholm\nBody text.")).isEqualTo("Talks collapse in Stockholm");
    }
}
