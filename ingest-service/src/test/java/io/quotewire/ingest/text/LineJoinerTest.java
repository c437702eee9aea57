package io.quotewire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** End-of-line hyphenation undone, compounds kept, line breaks as spaces. */
class LineJoinerTest {

    private final LineJoiner joiner = new LineJoiner(DocumentWords.of(
            "The denuclearization talks. A long-standing row. Pyongyang said so."));

    @Test
    void aWordSplitByTheTypesetterIsJoined() {
        assertThat(joiner.join("the negoti-", "ations broke down")).isEqualTo("the negotiations broke down");
        assertThat(joiner.join("complete denuclear-", "ization")).isEqualTo("complete denuclearization");
        assertThat(joiner.join("Morgan Orta-", "gus said")).isEqualTo("Morgan Ortagus said");
    }

    @Test
    void aCompoundKeepsItsHyphen() {
        assertThat(joiner.join("a well-", "known fact")).isEqualTo("a well-known fact");
        assertThat(joiner.join("the working-", "level talks")).isEqualTo("the working-level talks");
        assertThat(joiner.join("a co-", "chair")).isEqualTo("a co-chair");
    }

    @Test
    void theDocumentsOwnSpellingWins() {
        // "longstanding" is an English word, but this text writes "long-standing".
        assertThat(joiner.join("a long-", "standing row")).isEqualTo("a long-standing row");
        assertThat(joiner.join("in Pyong-", "yang")).isEqualTo("in Pyongyang");
    }

    @Test
    void aHyphenBeforeACapitalOrADigitIsNeverHyphenation() {
        assertThat(joiner.join("the U.S.-", "North Korea summit")).isEqualTo("the U.S.-North Korea summit");
        assertThat(joiner.join("Cheong Seong-", "Chang")).isEqualTo("Cheong Seong-Chang");
        assertThat(joiner.join("the 2019-", "20 season")).isEqualTo("the 2019-20 season");
    }

    @Test
    void otherLineBreaksStandForASpace() {
        assertThat(joiner.join("said Kim  ", "  on Saturday")).isEqualTo("said Kim on Saturday");
        assertThat(joiner.join("summit with Kim \u2014", "his fourth")).isEqualTo("summit with Kim \u2014 his fourth");
        assertThat(joiner.join("soft\u00AD", "ware")).isEqualTo("software");
        assertThat(joiner.join("", "first line")).isEqualTo("first line");
    }
}
