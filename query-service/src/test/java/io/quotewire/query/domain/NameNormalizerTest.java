package io.quotewire.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that must merge into one entity normalise to the same key. */
class NameNormalizerTest {

    @ParameterizedTest
    @CsvSource({
        "Kim Jong Un, kim jong un",
        "'  KIM   Jong\tUn ', kim jong un",
        "Kim Jong Un’s, kim jong un",
        "Kim Jong Un's, kim jong un",
        "Reuters', reuters",
        "Moon Jae-in, moon jae-in",
        "Pyeongchang Olympics, pyeongchang olympics",
        "Sōul, soul",
        "Angela Merkel, angela merkel",
        "Ségolène Royal, segolene royal"
    })
    void normalisesCaseAccentsSpacesAndPossessives(String name, String expected) {
        assertThat(NameNormalizer.normalize(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"’s", "'"})
    void aBarePossessiveNormalisesToNothing(String name) {
        assertThat(NameNormalizer.normalize(name)).isEmpty();
    }
}
