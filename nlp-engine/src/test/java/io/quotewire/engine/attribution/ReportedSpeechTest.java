package io.quotewire.engine.attribution;

import static io.quotewire.engine.attribution.SharedPipeline.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech without quote marks: every stretch of it in a sentence, each pattern in our own sentences. */
class ReportedSpeechTest {

    @Test
    void twoReportsInOneSentenceSplitAtTheSecondVerb() {
        Analysed a = analyse("Ben Ardal said the strike was overdue, and added he doubts customers will mind.");
        assertThat(indirect(a)).extracting(AttributedQuote::text)
                .containsExactly("the strike was overdue", "he doubts customers will mind");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsOnly("Ben Ardal");
    }

    @Test
    void aCueInTheMiddleGivesTwoPieces() {
        Analysed a = analyse("Tove Lind runs the clinic. Too often, she says, patients leave with the wrong pills.");
        assertThat(indirect(a)).extracting(AttributedQuote::text)
                .containsExactly("Too often", "patients leave with the wrong pills");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsOnly("Tove Lind");
    }

    @Test
    void accordingToInTheMiddleGivesTwoPieces() {
        Analysed a = analyse("The hard truth, according to addiction experts, is that the system is not ready.");
        assertThat(indirect(a)).extracting(AttributedQuote::text)
                .containsExactly("The hard truth", "is that the system is not ready");
    }

    @Test
    void aTrailingCueMayBeFollowedByADayOrAStatement() {
        Analysed a = analyse("A man shot three people in a house near the river, police said Saturday. The harbour will "
                + "stay closed until Monday, the port authority said in a statement.");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsExactly("police", "the port authority");
    }

    @Test
    void anInstructionToTheListenerIsWhatWasSaid() {
        Analysed a = analyse("After her son died, Wanda Pike urged police to investigate the dealer.");
        AttributedQuote q = indirect(a).get(0);
        assertThat(q.text()).isEqualTo("to investigate the dealer");
        assertThat(q.speaker().name()).isEqualTo("Wanda Pike");
    }

    @Test
    void aThingNamedAfterAVerbIsNoReport() {
        Analysed a = analyse("Ola Berg cited the Starlight Tours. Man charged in the death of a teen.");
        assertThat(indirect(a)).isEmpty();
    }

    @Test
    void aJudgementWithItsReasonIsReported() {
        Analysed a = analyse("Ola Berg criticized the council for cutting the bus routes.");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsExactly("Ola Berg");
    }

    @Test
    void addedWithAnObjectIsNoReport() {
        Analysed a = analyse("The province added the drug to its monitoring program last year.");
        assertThat(indirect(a)).isEmpty();
    }

    @Test
    void thePassiveIsSaidToReportsNobody() {
        Analysed a = analyse("Norcom is said to have two buyers for the magazines.");
        assertThat(indirect(a)).isEmpty();
    }

    @Test
    void aParticipleOfAStatedVerbAfterAnAppositiveIsStillTheCue() {
        Analysed a = analyse("Jon Sato, a researcher at Talos, stated in the company's blog post that the threats came "
                + "from the same group.");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsExactly("Jon Sato");
    }

    @Test
    void reportedWordsWithAQuotedFragmentAreOneMixedQuote() {
        Analysed a = analyse("Spokesperson Lu Wen said further details of the visit would be “released in due course.”");
        assertThat(a.quotes()).hasSize(1);
        AttributedQuote q = a.quotes().get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.text()).isEqualTo("further details of the visit would be “released in due course.”");
        assertThat(q.speaker().name()).isEqualTo("Lu Wen");
    }

    @Test
    void aPieceWithoutAVerbBesideAQuotedFragmentIsNoSpeech() {
        Analysed a = analyse("The city, said the spokesperson, must take “a real step toward the tenants.”");
        assertThat(indirect(a)).isEmpty();
        assertThat(a.speakerOf("a real step")).isEqualTo("the spokesperson");
    }

    @Test
    void remindingSomeoneWhatToDoIsWhatWasSaid() {
        Analysed a = analyse("Mayor Ann Lee reminded residents to keep freezers closed. She advised people never to run "
                + "a generator indoors.");
        assertThat(indirect(a)).extracting(AttributedQuote::text)
                .containsExactly("to keep freezers closed", "never to run a generator indoors");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsOnly("Ann Lee");
    }

    @Test
    void describingAsReportsWhatItWasCalled() {
        Analysed a = analyse("The police described the attempt to take the van as a carjacking.");
        assertThat(indirect(a)).extracting(AttributedQuote::text).containsExactly("a carjacking");
    }

    @Test
    void aSecondSpeakerAfterButStartsANewReport() {
        Analysed a = analyse("According to the agency, the target is met in most cases but Nora Chapman says paramedics "
                + "see something else.");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsExactly("the agency", "Nora Chapman");
        assertThat(indirect(a).get(1).text()).isEqualTo("paramedics see something else");
    }

    @Test
    void aNameTheAppositiveCallsAPersonSpeaksEvenUntagged() {
        Analysed a = analyse("Ostrander, a resident of the valley who runs the ferry, said by text message the water "
                + "rose within minutes.");
        assertThat(indirect(a)).extracting(q -> q.speaker().name()).containsExactly("Ostrander");
    }

    private static List<AttributedQuote> indirect(Analysed a) {
        return a.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }
}
