package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhoSaidWhatTableTest {

    private static final List<SpeakerQuote> QUOTES = List.of(
            new SpeakerQuote("Kim Myong Gil", "DPRK's Ambassador and the chief negotiator",
                    "We don't believe that the United States is substantively ready", "Failed talks"),
            new SpeakerQuote("David Maxwell", "retired special forces colonel and senior fellow at the Foundation "
                    + "for Defense of Democracies", "Kim thought he could sucker us", "Trump and Kim"),
            new SpeakerQuote("David Maxwell", null, "We have to keep pushing Kim", "Trump and Kim"),
            new SpeakerQuote(null, null, "working-level", "Trump and Kim"));

    @Test
    void oneRowPerSpeakerMostQuotedFirstUnattributedLast() {
        assertThat(WhoSaidWhatTable.rows(QUOTES))
                .extracting(WhoSaidWhatTable.Row::speaker, WhoSaidWhatTable.Row::count)
                .containsExactly(
                        tuple("David Maxwell", 2),
                        tuple("Kim Myong Gil", 1),
                        tuple("(no speaker)", 1));
    }

    @Test
    void keepsTheFirstQuoteAsExampleAndTheFirstKnownRole() {
        WhoSaidWhatTable.Row maxwell = WhoSaidWhatTable.rows(QUOTES).get(0);
        assertThat(maxwell.example()).isEqualTo("Kim thought he could sucker us");
        assertThat(maxwell.role()).startsWith("retired special forces colonel");
    }

    @Test
    void rendersAlignedColumnsAndCutsLongRolesWithAnEllipsis() {
        List<String> lines = WhoSaidWhatTable.render(QUOTES).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("SPEAKER").contains("ROLE", "QUOTES", "EXAMPLE");
        assertThat(lines.get(2)).isEqualTo("David Maxwell             retired special forces colonel and …"
                + "       2  “Kim thought he could sucker us”");
        assertThat(lines.get(4)).startsWith("(no speaker)").endsWith("“working-level”");
        assertThat(lines.get(2).indexOf("retired")).isEqualTo(lines.get(0).indexOf("ROLE"));
        assertThat(lines.get(2).indexOf("“")).isEqualTo(lines.get(0).indexOf("EXAMPLE"));
    }

    @Test
    void showsEachExampleInOnePairOfQuoteMarks() {
        assertThat(WhoSaidWhatTable.withoutQuoteMarks("“a new calculation method,”"))
                .isEqualTo("a new calculation method");
        assertThat(WhoSaidWhatTable.withoutQuoteMarks("\"time bomb\"")).isEqualTo("time bomb");
        assertThat(WhoSaidWhatTable.withoutQuoteMarks("‘partial denuclearization’"))
                .isEqualTo("partial denuclearization");
        assertThat(WhoSaidWhatTable.withoutQuoteMarks("the U.S. was accepting")).isEqualTo("the U.S. was accepting");
    }

    @Test
    void saysSoWhenThereAreNoQuotes() {
        assertThat(WhoSaidWhatTable.render(List.of())).isEqualTo("No quotes yet.");
    }
}
