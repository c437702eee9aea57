package io.quotewire.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores of a tiny hand-made set, worked out by hand. */
class ScoreboardTest {

    private static final String ARTICLE = """
            {"id":"tiny","text":"“We will win,” said Ann Lee. He said that taxes rise. Bob Ray called it “a scam”.",
             "quotes":[
              {"text":"“We will win,”","start":0,"end":14,"speaker":"Ann Lee","type":"direct","speaker_spans":[[20,27]]},
              {"text":"taxes rise","start":42,"end":52,"speaker":"Ann Lee","type":"indirect","speaker_spans":[[29,31]]},
              {"text":"“a scam”","start":72,"end":80,"speaker":"Bob Ray","type":"mixed","speaker_spans":[[54,61]]},
              {"text":"Ann","start":20,"end":23,"speaker":null,"type":"term"}]}
            """;

    private static List<ScoredQuote> predictions() {
        return List.of(
                // right span, right type, right speaker by span and name
                new ScoredQuote(new Span(0, 14), "direct", "Ann Lee", List.of(new Span(20, 27))),
                // right span, wrong type, speaker named by pronoun: span right, name wrong
                new ScoredQuote(new Span(40, 52), "direct", "Lee", List.of(new Span(29, 31))),
                // a quote the gold does not have
                new ScoredQuote(new Span(54, 61), "direct", null, List.of()));
    }

    @Test
    void goldTermsAreNotSpeech() throws Exception {
        GoldArticle article = new GoldReader().parse(new ObjectMapper().readTree(ARTICLE));
        assertThat(article.quotes()).extracting(ScoredQuote::type).containsExactly("direct", "indirect", "mixed");
        assertThat(article.quotes().get(0).speakerSpans()).containsExactly(new Span(20, 27));
    }

    @Test
    void precisionRecallSpeakerAndTypeFiguresAreCountedByHand() throws Exception {
        GoldArticle article = new GoldReader().parse(new ObjectMapper().readTree(ARTICLE));
        Scoreboard board = new Scoreboard();
        board.add(article.quotes(), predictions());

        assertThat(board.overall().precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(board.overall().recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(board.overall().f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(board.byType().get("direct").precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(board.byType().get("direct").recall()).isEqualTo(1.0);
        assertThat(board.byType().get("indirect").recall()).isEqualTo(1.0);
        assertThat(board.byType().get("mixed").recall()).isZero();
        assertThat(board.typeAgreement().hits()).isEqualTo(1);
        assertThat(board.typeAgreement().total()).isEqualTo(2);
        assertThat(board.speakerBySpan().value()).isEqualTo(1.0);
        assertThat(board.speakerByName().hits()).isEqualTo(1);
        assertThat(board.speakerByName().total()).isEqualTo(2);
    }

    @Test
    void reportShowsTheSameFiguresAsTableAndJson() throws Exception {
        Scoreboard board = new Scoreboard();
        board.add(new GoldReader().parse(new ObjectMapper().readTree(ARTICLE)).quotes(), predictions());
        ReportWriter writer = new ReportWriter();

        assertThat(writer.table(board)).contains("all                3         3         2   0.667   0.667   0.667");
        ObjectNode json = writer.json(board);
        assertThat(json.at("/overall/f1").asDouble()).isEqualTo(0.667);
        assertThat(json.at("/byType/mixed/gold").asInt()).isEqualTo(1);
        assertThat(json.at("/speakerByName/accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/speakerByNameByType/direct+mixed/ofAllGold/correct").asInt()).isEqualTo(1);
        assertThat(json.at("/speakerByNameByType/direct+mixed/ofAllGold/total").asInt()).isEqualTo(2);
    }

    @Test
    void speakerFiguresPerTypeCountMissedGoldQuotesAsWrongOnlyInTheShareOfAllGold() throws Exception {
        Scoreboard board = new Scoreboard();
        board.add(new GoldReader().parse(new ObjectMapper().readTree(ARTICLE)).quotes(), predictions());

        // direct: matched, right name; indirect: matched, bare surname; mixed: never matched.
        assertThat(board.speakerByNameMatched().get("direct").hits()).isEqualTo(1);
        assertThat(board.speakerByNameMatched().get("indirect").hits()).isZero();
        assertThat(board.speakerByNameMatched()).doesNotContainKey("mixed");
        assertThat(board.speakerByNameOfGold().get("mixed").total()).isEqualTo(1);
        assertThat(board.speakerByNameMatched().get(Scoreboard.MARKED).value()).isEqualTo(1.0);
        assertThat(board.speakerByNameOfGold().get(Scoreboard.MARKED).value()).isEqualTo(0.5);
        assertThat(board.speakerByNameOfGold().get(Scoreboard.ALL).hits()).isEqualTo(1);
        assertThat(board.speakerByNameOfGold().get(Scoreboard.ALL).total()).isEqualTo(3);
    }

    @Test
    void aSingleGoldSpeakerOffsetPairCountsAsItsSpan() throws Exception {
        GoldArticle article = new GoldReader().parse(new ObjectMapper().readTree("""
                {"id":"g","text":"“Yes,” said Ann Lee.","quotes":[{"text":"“Yes,”","start":0,"end":6,"speaker":"Ann Lee",
                 "speaker_start":12,"speaker_end":19,"type":"direct"}]}
                """));
        assertThat(article.quotes().get(0).speakerSpans()).containsExactly(new Span(12, 19));
    }

    @Test
    void nameMatchIgnoresCaseAndALeadingTheButNotAMissingFirstName() {
        SpeakerJudge judge = new SpeakerJudge();
        ScoredQuote gold = new ScoredQuote(new Span(0, 1), "direct", "the Statement", List.of());
        assertThat(judge.nameMatches(gold, new ScoredQuote(new Span(0, 1), "direct", "statement", List.of()))).isTrue();
        ScoredQuote person = new ScoredQuote(new Span(0, 1), "direct", "David Straub", List.of());
        assertThat(judge.nameMatches(person, new ScoredQuote(new Span(0, 1), "direct", "Straub", List.of()))).isFalse();
    }

    @Test
    void theSecondPieceOfASplitGoldQuoteIsNoFalsePositive() {
        ScoredQuote split = new ScoredQuote(new Span(0, 100), "direct", "Ann Lee", List.of(), 2);
        Scoreboard board = new Scoreboard();
        board.add(List.of(split), List.of(
                new ScoredQuote(new Span(0, 40), "direct", "Ann Lee", List.of()),
                new ScoredQuote(new Span(60, 100), "direct", "Ann Lee", List.of()),
                new ScoredQuote(new Span(90, 130), "direct", "Ann Lee", List.of())));
        assertThat(board.mergedPieces()).isEqualTo(1);
        assertThat(board.overall().predicted()).isEqualTo(2);
        assertThat(board.overall().precision()).isEqualTo(0.5);
        assertThat(board.overall().recall()).isEqualTo(1.0);
    }
}
