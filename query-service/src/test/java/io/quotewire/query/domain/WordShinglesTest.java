package io.quotewire.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word shingles and MinHash bands tell an edited wire copy of a seed from the other seed. */
class WordShinglesTest {

    static final Path MAXWELL_SEED = Path.of("../seeds/004_6e24b6c3a97ee8ce.txt");
    static final Path SEJONG_SEED = Path.of("../seeds/000_6beca85ce06e4a01.txt");

    @Test
    void anEditedWireCopyOverlapsItsOriginalByMoreThanPointEight() throws IOException {
        String original = Files.readString(MAXWELL_SEED);
        String copy = WireCopies.edited(original);

        double jaccard = WordShingles.jaccard(WordShingles.of(original), WordShingles.of(copy));

        assertThat(jaccard).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
        assertThat(WordShingles.jaccard(WordShingles.of(original), WordShingles.of(Files.readString(SEJONG_SEED))))
                .isLessThan(0.05);
    }

    @Test
    void copiesShareABandAndUnrelatedTextsDoNot() throws IOException {
        String original = Files.readString(MAXWELL_SEED);
        long[] bands = MinHashBands.of(WordShingles.of(original));
        long[] copyBands = MinHashBands.of(WordShingles.of(WireCopies.edited(original)));
        long[] otherBands = MinHashBands.of(WordShingles.of(Files.readString(SEJONG_SEED)));

        assertThat(bands).hasSize(MinHashBands.BANDS);
        assertThat(shared(bands, copyBands)).isGreaterThan(5);
        assertThat(shared(bands, otherBands)).isZero();
        assertThat(MinHashBands.of(WordShingles.of(original))).containsExactly(bands);
    }

    @Test
    void punctuationAndCaseDoNotMakeADifferentShingle() {
        Set<Long> curly = WordShingles.of("“We have no intention,” said the statement.");
        Set<Long> plain = WordShingles.of("we have no intention said the STATEMENT");
        assertThat(curly).isEqualTo(plain).hasSize(5);
        assertThat(WordShingles.of("two words")).isEmpty();
    }

    @Test
    void aQuoteEditedInTheMiddleKeepsItsFirstOrLastWords() {
        String said = QuoteWords.of("We told them plainly that a freeze is not the same as giving the weapons up");
        String edited = QuoteWords.of("We told them plainly that a freeze is not quite the same as giving the weapons up");
        String other = QuoteWords.of("The envoy will return when the sanctions are lifted and not a day before");

        assertThat(QuoteWords.head(edited)).isEqualTo(QuoteWords.head(said));
        assertThat(QuoteWords.tail(edited)).isEqualTo(QuoteWords.tail(said));
        assertThat(QuoteWords.head(other)).isNotEqualTo(QuoteWords.head(said));
        assertThat(QuoteWords.head("two words")).isEqualTo(QuoteWords.tail("two words"));
        assertThat(said).startsWith("we told them plainly");
    }

    private static long shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(value -> Arrays.stream(b).anyMatch(other -> other == value)).count();
    }
}
