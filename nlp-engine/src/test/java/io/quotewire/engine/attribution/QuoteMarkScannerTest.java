package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote-mark scanner on its own: which marks pair, which are apostrophes, and what stray marks do. */
class QuoteMarkScannerTest {

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    private List<String> quotes(String text) {
        return scanner.scan(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void pairsCurlyStraightGuillemetAndSingleMarks() {
        assertThat(quotes("a “one” b \"two\" c «three» d ‘four’ e 'five' f"))
                .containsExactly("“one”", "\"two\"", "«three»", "‘four’", "'five'");
    }

    @Test
    void pairsACurlyOpenerWithAStraightCloser() {
        assertThat(quotes("must take “a substantial step toward the DPRK,\" i.e. the North"))
                .containsExactly("“a substantial step toward the DPRK,\"");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertThat(quotes("We don’t think Kim’s plan or the two nations’ positions or the ’90s or Workers' Party matter."))
                .isEmpty();
    }

    @Test
    void singleQuotesMayContainAPossessivePlural() {
        assertThat(quotes("allow a ‘partial denuclearization’ instead")).containsExactly("‘partial denuclearization’");
    }

    @Test
    void aParagraphOpeningAQuoteWithoutClosingItContinuesWhenTheNextOpensAgain() {
        String text = "He said: “The first paragraph.\n“The second paragraph,” he added.";
        assertThat(quotes(text)).containsExactly("“The first paragraph.\n“The second paragraph,”");
    }

    @Test
    void anUnclosedQuoteEndsAtItsParagraphAndSwallowsNothing() {
        String text = "He said “this never closes.\nLater a “term” appears and “another” too.";
        assertThat(quotes(text)).containsExactly("“term”", "“another”");
    }

    @Test
    void aSecondOpenerDropsTheStrayFirstOne() {
        assertThat(quotes("a stray “ mark then “the real quote” ends")).containsExactly("“the real quote”");
    }

    @Test
    void lonelyClosersAndEmptyTextDoNotCrash() {
        assertThat(quotes("” closing first ’ and \" at the end \"")).isEmpty();
        assertThat(quotes("")).isEmpty();
    }

    @Test
    void bracketedInsertionsStayInsideTheQuote() {
        assertThat(quotes("If the U.S. “again fingers [points] at the old scenario,” and “fortnight [sic].”"))
                .containsExactly("“again fingers [points] at the old scenario,”", "“fortnight [sic].”");
    }
}
