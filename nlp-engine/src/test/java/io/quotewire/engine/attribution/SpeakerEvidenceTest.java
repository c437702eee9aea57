package io.quotewire.engine.attribution;

import static io.quotewire.engine.attribution.SharedPipeline.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import org.junit.jupiter.api.Test;

/** Issue 13's kinds of evidence for a marked quote's speaker, one adversarial sentence each, in our own words. */
class SpeakerEvidenceTest {

    // --- a cue after the quote, past an appositive or before a trailing phrase -------------------------------------

    @Test
    void cueAfterAnAppositiveAndBeforeATrailingPhrase() {
        Analysed a = analyse("The council met on Monday.\n\n“We have to move now,” Maria Lindqvist, a senior analyst at "
                + "the Nordic Policy Institute, said about the plan.");
        AttributedQuote q = a.quote("We have to move now");
        assertThat(q.speaker().name()).isEqualTo("Maria Lindqvist");
        assertThat(q.speaker().description()).isEqualTo("senior analyst at the Nordic Policy Institute");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void cueAfterARoleWithoutArticleAndAnEmailedStatement() {
        Analysed a = analyse("“It is far too late for that,” Tom Reyes, director of research at the Harbour Foundation, "
                + "said in an e-mailed statement.");
        assertThat(a.speakerOf("far too late")).isEqualTo("Tom Reyes");
    }

    @Test
    void accordingToAfterTheQuote() {
        Analysed a = analyse("“The whole referral system is broken,” according to Dr. Priya Natarajan, a family doctor "
                + "in Halifax.");
        assertThat(a.speakerOf("referral system is broken")).isEqualTo("Priya Natarajan");
    }

    @Test
    void cueAfterAQuotedQuestionThatEndsTheSentence() {
        Analysed a = analyse("Chidi Okafor runs the tenants' association.\n\n“Is that fair?” Okafor asked the board. "
                + "“Nobody here thinks so.”");
        assertThat(a.speakerOf("Is that fair?")).isEqualTo("Chidi Okafor");
        assertThat(a.speakerOf("Nobody here thinks so")).isEqualTo("Chidi Okafor");
    }

    @Test
    void rarerSpeechVerbsAfterTheQuote() {
        Analysed a = analyse("“You're late again,” Henrik Dahl blurted out. “Then start without me,” retorted Sofia "
                + "Berg.");
        assertThat(a.speakerOf("late again")).isEqualTo("Henrik Dahl");
        assertThat(a.speakerOf("start without me")).isEqualTo("Sofia Berg");
    }

    // --- follow-on quotes --------------------------------------------------------------------------------------

    @Test
    void aFollowOnQuoteKeepsTheSpeakerWhenNobodyElseTakesOver() {
        Analysed a = analyse("“When I called Ollie, he was thrilled,” Dan Green told reporters. “It feels good to be "
                + "wanted again.”");
        assertThat(a.speakerOf("feels good to be wanted")).isEqualTo("Dan Green");
    }

    @Test
    void aFollowOnQuoteDoesNotCrossAChangeOfSubject() {
        Analysed a = analyse("“The deal is fair,” said Ann Lee.\n\nBob Ray disagreed with her on Monday.\n\n"
                + "“Nobody here thinks so.”");
        assertThat(a.speakerOf("Nobody here thinks so")).isNotEqualTo("Ann Lee");
    }

    // --- a colon introduction --------------------------------------------------------------------------------------

    @Test
    void colonAfterAClauseAboutTheSpeaker() {
        Analysed a = analyse("Rosa Ortiz, the council's treasurer, is more direct: “The money is simply not there.”");
        assertThat(a.speakerOf("money is simply not there")).isEqualTo("Rosa Ortiz");
    }

    @Test
    void colonAfterSomeonesMessageGivesTheirWords() {
        Analysed a = analyse("Wanda Pike lost her son in 2014. Her message now is simple: “Never share your pills with "
                + "anyone.”");
        assertThat(a.speakerOf("Never share your pills")).isEqualTo("Wanda Pike");
    }

    @Test
    void colonAfterAClauseWithoutAPersonGivesNoSpeaker() {
        Analysed a = analyse("The message on the sign was simple: “Closed until further notice.”");
        AttributedQuote q = a.quote("Closed until further notice");
        assertThat(q.speaker()).isNull();
    }

    // --- names and pronouns ----------------------------------------------------------------------------------------

    @Test
    void aPronounStaysWithTheSubjectOfTheStoryNotTheLastNameMentioned() {
        Analysed a = analyse("""
                Paul Brenner told investigators he drove north that night.

                He said he met Laura Kim at the station and gave her a ride to the ferry.

                “I never meant to frighten anyone,” he said.""");
        AttributedQuote q = a.quote("never meant to frighten");
        assertThat(q.speaker().name()).isEqualTo("Paul Brenner");
        assertThat(q.speaker().mentionText()).isEqualTo("he");
    }

    @Test
    void aPronounAfterAPossessiveGoesToTheSubject() {
        Analysed a = analyse("Ministry spokesperson Lu Wen gave no details about Ivan Petrov's schedule. But he said "
                + "more would be “released in due course.”");
        assertThat(a.speakerOf("released in due course")).isEqualTo("Lu Wen");
    }

    @Test
    void anOrganisationNounBeforeTheCommaBelongsToTheNameBeforeIt() {
        Analysed a = analyse("Director of research at security firm Norvale, Kevin Dalby, agreed. “It is the same group,” "
                + "he said.");
        assertThat(a.entity("Kevin Dalby").orElseThrow().type()).isEqualTo("PERSON");
        assertThat(a.speakerOf("same group")).isEqualTo("Kevin Dalby");
    }

    @Test
    void anOrganisationAsPossessorOfTheRoleKeepsThePersonAPerson() {
        Analysed a = analyse("Erik Lund, the Green Party’s director of communications, said the party would regroup. "
                + "“We heard the voters,” Lund said.");
        assertThat(a.entity("Erik Lund").orElseThrow().type()).isEqualTo("PERSON");
        assertThat(a.speakerOf("heard the voters")).isEqualTo("Erik Lund");
    }

    // --- the subject of a cue verb past appositives and relative clauses -----------------------------------------

    @Test
    void subjectBeforeARelativeClauseThatRunsOnWithVerbs() {
        Analysed a = analyse("Hanna Berg, who studied at the academy across the river, sang in the choir and graduated "
                + "in 2011, said the school has “a culture of silence.”");
        assertThat(a.speakerOf("a culture of silence")).isEqualTo("Hanna Berg");
    }

    @Test
    void subjectBeforeAnAppositiveAndAWhereClauseNotTheNounAfterTheVerb() {
        Analysed a = analyse("Tom Price, a 1992 graduate and a county clerk in Lane County, where the school stands, "
                + "said the picture “badly distorts the place.”");
        assertThat(a.speakerOf("badly distorts")).isEqualTo("Tom Price");
    }

    @Test
    void subjectBeforeATitleWithAWhichClause() {
        Analysed a = analyse("On Monday, Olaf Brandt, the president of the Regional Council, which speaks for the "
                + "mayors, urged the ministry “to act before the winter.”");
        assertThat(a.speakerOf("to act before the winter")).isEqualTo("Olaf Brandt");
    }

    @Test
    void aNameBetweenCommasAfterItsRoleIsTheSubject() {
        Analysed a = analyse("The head of regional operations for Medline, Jeff Ortega, says the plan works. “We are "
                + "moving crews around all day.”");
        assertThat(a.speakerOf("moving crews around")).isEqualTo("Jeff Ortega");
    }

    @Test
    void thePersonBeforeWithTheOrganisationIsTheSubject() {
        Analysed a = analyse("Tim Gale with the Harbour Health Authority says the delays have many causes.\n\n"
                + "“The sickest patient is always seen first,” Gale said.");
        AttributedQuote q = a.quote("sickest patient");
        assertThat(q.speaker().name()).isEqualTo("Tim Gale");
        assertThat(a.quotes()).filteredOn(quote -> quote.kind() == io.quotewire.engine.model.QuoteKind.INDIRECT)
                .extracting(quote -> quote.speaker().name()).containsExactly("Tim Gale");
    }

    @Test
    void coordinatedNamesAfterTheirRoleSpeakTogether() {
        Analysed a = analyse("His lawyers, Carla Mendes and Peter Holt, have said a fair trial needs “a new venue.”");
        assertThat(a.speakerOf("a new venue")).isEqualTo("Carla Mendes and Peter Holt");
    }

    @Test
    void aNounForPeopleBeforeARelativeClauseWritesAfterAColon() {
        Analysed a = analyse("Another member of the public, whose name was removed, wrote: “This decision is an insult "
                + "to every family.”");
        assertThat(a.speakerOf("an insult")).isEqualTo("Another member of the public");
    }

    // --- organisations named by a common noun, "it" or a document ----------------------------------------------

    @Test
    void theCompanyIsTheCompanyTheArticleNamed() {
        Analysed a = analyse("Norvik Energy cut power to 4,000 homes on Friday.\n\n“We expect most customers to be "
                + "back online by Sunday,” the company said.");
        AttributedQuote q = a.quote("back online by Sunday");
        assertThat(q.speaker().name()).isEqualTo("Norvik Energy");
        assertThat(q.speaker().mentionText()).isEqualTo("the company");
    }

    @Test
    void itSaidAfterATrailingPhraseIsTheOrganisationTheParagraphIsAbout() {
        Analysed a = analyse("Norvik Energy said crews worked through the night.\n\n“Hundreds of trees are down on "
                + "power lines” across the valley, it said.");
        assertThat(a.speakerOf("Hundreds of trees")).isEqualTo("Norvik Energy");
    }

    @Test
    void theReportSpeaksForWhoeverIssuedIt() {
        Analysed a = analyse("The Conference Board of Canada released a report on transit spending on Tuesday.\n\n“Most of "
                + "these projects were never properly costed,” the report said.");
        assertThat(a.speakerOf("never properly costed")).isEqualTo("Conference Board of Canada");
    }

    @Test
    void aCommonNounWithNoNamedOrganisationStaysAsWritten() {
        Analysed a = analyse("“We will appeal,” the company said.");
        assertThat(a.speakerOf("We will appeal")).isEqualTo("the company");
    }

    @Test
    void theyAfterPeopleNamedTogetherIsThosePeople() {
        Analysed a = analyse("In a statement, the bakery's owners Ida Ruud and Per Moen said they respected the vote.\n\n"
                + "“Our staff deserve a safe place to work,” they said.");
        assertThat(a.speakerOf("safe place to work")).isEqualTo("Ida Ruud and Per Moen");
    }

    @Test
    void aPersonIntroducedWithACopulaIsTheSubjectThePronounMeans() {
        Analysed a = analyse("Dr. Alan Reyes says the pills are overused. The drugs have few uses, he says.\n\n"
                + "Tom Sand, the nurse in the valley, is more blunt: “Nobody checks these prescriptions.”\n\n"
                + "He says the clinics are full.");
        assertThat(a.quote("the clinics are full", io.quotewire.engine.model.QuoteKind.INDIRECT).speaker().name())
                .isEqualTo("Tom Sand");
    }

    @Test
    void anAppositiveThatCallsSomeoneAPersonMakesTheirNameAPersons() {
        Analysed a = analyse("Roman, a resident of the area who runs boat tours, said the water rose fast. He said many "
                + "others had fled to the hills.");
        assertThat(a.entity("Roman").orElseThrow().type()).isEqualTo("PERSON");
        assertThat(a.quote("had fled to the hills", io.quotewire.engine.model.QuoteKind.INDIRECT).speaker().name())
                .isEqualTo("Roman");
    }

    @Test
    void aModifierTheOrganisationsNameLacksKeepsTheNounAsWritten() {
        Analysed a = analyse("Huawei Technologies denied the charges on Monday.\n\nThe Canadian government has said its "
                + "citizens are detained without cause.");
        assertThat(a.quote("detained without cause", io.quotewire.engine.model.QuoteKind.INDIRECT).speaker().name())
                .isEqualTo("the Canadian government");
    }

    @Test
    void aDocumentsOwnerBeforeThePossessiveIsWhoSaidIt() {
        Analysed a = analyse("The Harbour Workers Union won the vote.\n\nThe union's Friday release said the new contract "
                + "covers all cooks and servers.");
        assertThat(a.quote("covers all cooks", io.quotewire.engine.model.QuoteKind.INDIRECT).speaker().name())
                .isEqualTo("Harbour Workers Union");
    }

    @Test
    void aNameSpelledLikeAnAuxiliaryIsStillTheSubject() {
        Analysed a = analyse("After the vote, Ms. May acknowledged the defeat and said MPs must show “what the House "
                + "does support.”");
        assertThat(a.speakerOf("what the House does support")).isEqualTo("May");
    }

    @Test
    void itAfterTheUtilitySpokeIsTheUtility() {
        Analysed a = analyse("Manitoba Hydro crews worked through the night.\n\nMore than 800 workers are in the field, "
                + "the utility said.\n\n“There are hundreds of outages to repair one by one,” it said.");
        assertThat(a.speakerOf("hundreds of outages")).isEqualTo("Manitoba Hydro");
    }

    // --- roles ------------------------------------------------------------------------------------------------

    @Test
    void aLowerCaseTitleInFrontOfTheNameIsTheRole() {
        Analysed a = analyse("“The storm will turn east by Sunday,” said CNN meteorologist Jennifer Gray. “It will be "
                + "cold,” the airline's boss Ann Lee said. “We play on,” said quarterback Tom Brady.");
        assertThat(a.quote("storm will turn east").speaker().description()).isEqualTo("CNN meteorologist");
        assertThat(a.quote("It will be cold").speaker().description()).isEqualTo("airline's boss");
        assertThat(a.quote("We play on").speaker().description()).isEqualTo("quarterback");
    }

    @Test
    void theRoleIsThePersonIntroducedWithIt() {
        Analysed a = analyse("Megan Holt, the lawyer for the animal shelter, asked for a fine.\n\n“This is the worst "
                + "case I have seen,” the lawyer said.");
        assertThat(a.speakerOf("worst case")).isEqualTo("Megan Holt");
    }

    @Test
    void aRoleWithWordsTheOtherPersonsRoleLacksStaysAsWritten() {
        Analysed a = analyse("State Department spokesperson Dana Price said talks would resume.\n\n“That story is "
                + "invented,” said the Ruritanian spokesperson.");
        assertThat(a.speakerOf("story is invented")).isEqualTo("the Ruritanian spokesperson");
    }

    @Test
    void aRoleNamedRightAfterIsThatPerson() {
        Analysed a = analyse("“We opened the shop with nothing,” says her business partner, Sam Okoye.");
        assertThat(a.speakerOf("opened the shop")).isEqualTo("Sam Okoye");
    }

    // --- what is speech and what is not ------------------------------------------------------------------------

    @Test
    void aScareQuotedWordAfterAnAttributedQuoteIsATerm() {
        Analysed a = analyse("“The scam keeps changing,” said Nora Voss, who tracks the ‘sextortion’ e-mails.");
        AttributedQuote term = a.quote("sextortion");
        assertThat(term.kind()).isEqualTo(io.quotewire.engine.model.QuoteKind.TERM);
        assertThat(term.speaker()).isNull();
    }

    @Test
    void aTitleInHeadlineCaseWithoutACueIsATerm() {
        Analysed a = analyse("The film “The Kid Who Would Be King” opens on Friday.");
        AttributedQuote title = a.quote("The Kid Who Would Be King");
        assertThat(title.kind()).isEqualTo(io.quotewire.engine.model.QuoteKind.TERM);
    }

    @Test
    void aStatementWithoutACueAfterSentencesAboutOnePersonIsTheirs() {
        Analysed a = analyse("Ingrid Moe was diagnosed at 29. She decided to keep working.\n\n“I feel lucky, in a way, "
                + "that I learned it so early.”");
        AttributedQuote q = a.quote("I feel lucky");
        assertThat(q.speaker().name()).isEqualTo("Ingrid Moe");
        assertThat(q.confidence()).isLessThan(0.6);
    }

    @Test
    void aRelationBeforeANameSettlesItsGender() {
        Analysed a = analyse("Rhea Lund spoke about her son Jordan Lund.\n\nJordan Lund moved to the city in 2014.\n\n"
                + "She said he had plans. “He wanted to build boats,” she said.");
        assertThat(a.speakerOf("wanted to build boats")).isEqualTo("Rhea Lund");
    }
}
