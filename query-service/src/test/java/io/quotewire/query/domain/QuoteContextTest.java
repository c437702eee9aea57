package io.quotewire.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteContextTest {

    private static final String YONGBYON = "The North might even suspend its aging nuclear complex at Yongbyon while "
            + "fabricating warheads elsewhere.";
    private static final String STRAUB_QUOTE = "The fundamental problem with Trump’s North Korea efforts is that North "
            + "Korea has not even considered giving up its nuclear weapons";
    private static final String STRAUB = "“" + STRAUB_QUOTE + ",” said David Straub, retired senior diplomat in Seoul. "
            + "“As long as that’s the case, no amount of Trump sucking up to Kim will make a real difference.”";

    @Test
    void thePassageIsTheParagraphBeforeAndTheCueClauseWithoutTheQuoteOrItsSpeaker() {
        String text = "The talks broke down.\n" + YONGBYON + "\n" + STRAUB + "\nNext paragraph.";
        int start = text.indexOf(STRAUB_QUOTE);
        int speaker = text.indexOf("David Straub");
        QuoteContext context = QuoteContext.of(text, start, start + STRAUB_QUOTE.length(), speaker, speaker + 12)
                .orElseThrow();

        assertThat(text.substring(context.start(), context.end()))
                .isEqualTo(YONGBYON + "\n“" + STRAUB_QUOTE + ",” said David Straub, retired senior diplomat in Seoul.");
        assertThat(context.words()).contains("Yongbyon", "said", "retired senior diplomat in Seoul.")
                .doesNotContain("fundamental", "Straub", "talks broke down", "As long as");
    }

    @Test
    void aQuoteThatEndsItsSentenceTakesNothingAfterIt() {
        String quote = "A complete denuclearization is possible only when all obstacles are eliminated.";
        String text = "Kim Myong Gil spoke first.\nKim stated, “" + quote + "” Since the stance is unacceptable, "
                + "talks stall.";
        int start = text.indexOf(quote);
        QuoteContext context = QuoteContext.of(text, start, start + quote.length(), null, null).orElseThrow();

        assertThat(text.substring(context.start(), context.end()))
                .isEqualTo("Kim Myong Gil spoke first.\nKim stated, “" + quote + "”");
        assertThat(context.words()).doesNotContain("Since");
    }

    @Test
    void aQuestionFollowedByItsCueKeepsTheCue() {
        String quote = "Who can predict how he will now respond?";
        String text = "“" + quote + "” asked Straub in Seoul. He left.";
        QuoteContext context = QuoteContext.of(text, 1, 1 + quote.length(), null, null).orElseThrow();

        assertThat(context.words()).isEqualTo("“ ” asked Straub in Seoul.");
    }

    @Test
    void theFirstParagraphHasOnlyItselfAndBlankLinesAreNoParagraph() {
        String text = "Title\n\n\n“We will talk,” said Kim. Then more.";
        int start = text.indexOf("We will");
        QuoteContext context = QuoteContext.of(text, start, start + "We will talk".length(), null, null).orElseThrow();
        assertThat(text.substring(context.start(), context.end())).isEqualTo("Title\n\n\n“We will talk,” said Kim.");

        QuoteContext first = QuoteContext.of("“Go,” he said", 1, 3, null, null).orElseThrow();
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo("“Go,” he said".length());
    }

    @Test
    void aLongPassageIsCutAtAWordAndOffsetsOutsideTheTextGiveNone() {
        String wall = "word ".repeat(1_000);
        String text = wall + "“Enough,” she said.";
        int start = text.indexOf("Enough");
        QuoteContext context = QuoteContext.of(text, start, start + 6, null, null).orElseThrow();
        assertThat(start - context.start()).isLessThanOrEqualTo(QuoteContext.MAX_BEFORE);
        assertThat(text.charAt(context.start() - 1)).isEqualTo(' ');

        assertThat(QuoteContext.of(text, 5, text.length() + 1, null, null)).isEmpty();
        assertThat(QuoteContext.of(null, 0, 0, null, null)).isEmpty();
        assertThat(QuoteContext.of(text, 9, 3, null, null)).isEmpty();
    }
}
