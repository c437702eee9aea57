package io.quotewire.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.engine.eval.EntityScoreboard.Name;
import io.quotewire.engine.eval.EntityScoreboard.Slip;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entity scores of a hand-made sentence, worked out by hand. */
class EntityScoreboardTest {

    // "Ann Lee of the FDD flew from JFK to Seoul."
    //  0   4   8      15  19        29  33 36
    private static final String TEXT = "Ann Lee of the FDD flew from JFK to Seoul.";
    private static final Name ANN_LEE = new Name("PERSON", new Span(0, 7));
    private static final Name FDD = new Name("ORGANIZATION", new Span(15, 18));
    private static final Name JFK = new Name("LOCATION", new Span(29, 32));
    private static final Name SEOUL = new Name("LOCATION", new Span(36, 41));

    @Test
    void aNameCountsOnlyWithItsExactSpanAndType() {
        EntityScoreboard board = new EntityScoreboard();
        List<Slip> slips = board.add(Set.of(ANN_LEE, FDD, JFK, SEOUL), Set.of(
                ANN_LEE,                                    // right
                new Name("ORGANIZATION", new Span(11, 18)), // "the FDD": span too long
                new Name("PERSON", new Span(29, 32)),       // JFK as a person: wrong type
                SEOUL,                                      // right
                new Name("DATE", new Span(0, 3))));         // not a scored type

        assertThat(board.overall().gold()).isEqualTo(4);
        assertThat(board.overall().predicted()).isEqualTo(4);
        assertThat(board.overall().goldMatched()).isEqualTo(2);
        assertThat(board.overall().f1()).isEqualTo(0.5);
        assertThat(board.byType().get("PERSON").precision()).isEqualTo(0.5);
        assertThat(board.byType().get("PERSON").recall()).isEqualTo(1.0);
        assertThat(board.byType().get("ORGANIZATION").recall()).isZero();
        assertThat(board.byType().get("LOCATION").precision()).isEqualTo(1.0);
        assertThat(board.byType().get("LOCATION").recall()).isEqualTo(0.5);
        assertThat(slips).extracting(slip -> slip.describe(TEXT)).containsExactlyInAnyOrder(
                "missed ORGANIZATION 15-18 FDD", "missed LOCATION 29-32 JFK",
                "extra ORGANIZATION 11-18 the FDD", "extra PERSON 29-32 JFK");
    }

    @Test
    void theTableShowsEachTypeAndAll() {
        EntityScoreboard board = new EntityScoreboard();
        board.add(Set.of(ANN_LEE, SEOUL), Set.of(ANN_LEE));

        assertThat(board.table().lines()).containsExactly(
                "entities      predicted   gold matched       P       R      F1",
                "PERSON                1      1       1   1.000   1.000   1.000",
                "ORGANIZATION          0      0       0   0.000   0.000   0.000",
                "LOCATION              0      1       0   0.000   0.000   0.000",
                "all                   1      2       1   1.000   0.500   0.667");
    }

    @Test
    void goldNamesAreReadWithTheirTypeInUpperCase() throws Exception {
        Set<Name> gold = EvaluateEntities.goldNames(new ObjectMapper().readTree("""
                {"id":"own-1","text":"Ann Lee went to Seoul.","entities":[
                 {"text":"Ann Lee","type":"person","start":0,"end":7},
                 {"text":"Seoul","type":"LOCATION","start":16,"end":21}]}
                """));
        assertThat(gold).containsExactlyInAnyOrder(ANN_LEE,
                new Name("LOCATION", new Span(16, 21)));
    }

    @Test
    void aGoldNameOfAnUnscoredTypeIsRefusedWithTheTypesThatAre() {
        EntityScoreboard board = new EntityScoreboard();
        assertThatThrownBy(() -> board.add(Set.of(new Name("MISC", new Span(0, 3))), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MISC").hasMessageContaining("PERSON, ORGANIZATION, LOCATION");
    }
}
