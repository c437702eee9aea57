package io.quotewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same words give the same article id, and the text a reader gets is never rewritten. */
class ArticleTextTest {

    private static final String TEXT = "“We walked away,” said Kim Myong Gil.\n\nThe talks in Stockholm broke down.";

    @Test
    void spacingAroundAndInsideTheTextDoesNotChangeTheId() {
        String spaced = "  \t“We walked  away,”\u00A0said Kim Myong\tGil. \n\n  The talks in Stockholm broke down.\r\n\n";
        assertThat(ArticleText.idOf(spaced)).isEqualTo(ArticleText.idOf(TEXT));
        assertThat(ArticleText.canonical(spaced)).isEqualTo(TEXT);
    }

    @Test
    void composedAndDecomposedAccentsAreOneArticle() {
        assertThat(ArticleText.idOf("Caf\u00E9 talks in Malm\u00F6."))
                .isEqualTo(ArticleText.idOf("Cafe\u0301 talks in Malmo\u0308."));
    }

    @Test
    void wordsCaseAndParagraphsStillMakeADifferentArticle() {
        assertThat(ArticleText.idOf(TEXT.replace("Kim", "kim"))).isNotEqualTo(ArticleText.idOf(TEXT));
        assertThat(ArticleText.idOf(TEXT.replace("\n\n", "\n"))).isNotEqualTo(ArticleText.idOf(TEXT));
        assertThat(ArticleText.idOf(TEXT.replace("Stockholm", "Stock holm"))).isNotEqualTo(ArticleText.idOf(TEXT));
    }

    @Test
    void anAlreadyCanonicalTextKeepsTheIdItHadBefore() {
        // The id before canonical spacing was the SHA-256 of the text as stored: unchanged for such texts.
        assertThat(ArticleText.idOf(TEXT))
                .isEqualTo(ArticleText.sha256Hex(TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void onlyLineBreaksAreNormalisedInTheTextItself() {
        assertThat(ArticleText.normalise(" a  b\r\nc\rd ")).isEqualTo(" a  b\nc\nd ");
    }

    @Test
    void invisibleCharactersAloneAreNoText() {
        assertThat(ArticleText.hasVisibleText("\u00A0\u200B\u2060\uFEFF \n\t\u3000\u2800")).isFalse();
        assertThat(ArticleText.hasVisibleText("")).isFalse();
        assertThat(ArticleText.hasVisibleText(null)).isFalse();
        assertThat(ArticleText.hasVisibleText("\u200B.")).isTrue();
        assertThat(ArticleText.hasVisibleText("김")).isTrue();
    }
}
