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
        assertThat(TitleGuesser.readsAsTitle("Kim said no.", false)).isFalse();
        assertThat(TitleGuesser.readsAsTitle("“We walked away,” he said,", true)).isFalse();
        assertThat(TitleGuesser.readsAsTitle("Headline", true)).isFalse();
    }

    @Test
    void firstLineSetApartByABlankLineIsAHeadlineEvenWithAFullStop() {
        assertThat(TitleGuesser.guess(null, "Stealth over health: the clinic visit nobody saw.\n\nThe Post reports."))
                .isEqualTo("Stealth over health: the clinic visit nobody saw");
        assertThat(TitleGuesser.guess(null, "Virginian could make history. Again.\n\nBody."))
                .isEqualTo("Virginian could make history. Again.");
        assertThat(TitleGuesser.guess(null, "Ready for Trump vs. Clinton?\n\nBody."))
                .isEqualTo("Ready for Trump vs. Clinton?");
        assertThat(TitleGuesser.guess(null, "Obama on climate: the trends are 'terrifying.'\n\nBody."))
                .isEqualTo("Obama on climate: the trends are 'terrifying'");
    }

    @Test
    void anOpeningClauseLosesItsDanglingPunctuation() {
        assertThat(TitleGuesser.guess(null, "Lawmaker urges retaliation on Russia; \n\nBody."))
                .isEqualTo("Lawmaker urges retaliation on Russia");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndTheOpeningSentence() {
        assertThat(TitleGuesser.guess(null, "E.U. leaders weigh plans for military coordination. More follows."))
                .isEqualTo("E.U. leaders weigh plans for military coordination.");
        assertThat(TitleGuesser.guess(null, "Mr. Kim met Sen. Warner in the U.S. on Monday. Then he left."))
                .isEqualTo("Mr. Kim met Sen. Warner in the U.S. on Monday.");
    }

    @Test
    void markdownHeadingMarkerIsNotPartOfTheTitle() {
        assertThat(TitleGuesser.guess(null, "## Talks collapse in Stockholm\nBody text."))
                .isEqualTo("Talks collapse in Stockholm");
    }

    @Test
    void leadingBlankLinesAreSkipped() {
        assertThat(TitleGuesser.guess(null, "\n\n  Talks collapse in Stockholm\nBody text."))
                .isEqualTo("Talks collapse in Stockholm");
    }
}
