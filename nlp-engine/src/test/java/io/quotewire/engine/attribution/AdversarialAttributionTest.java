package io.quotewire.engine.attribution;

import static io.quotewire.engine.attribution.SharedPipeline.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Short texts through the real CoreNLP pipeline, one per attribution pattern and per known failure of CoreNLP's own. */
class AdversarialAttributionTest {

    // --- cue after the quote -------------------------------------------------------------------------------------

    @Test
    void saidNameAfterTheQuote() {
        Analysed a = analyse("“We will not give up our weapons,” said David Maxwell.");
        AttributedQuote q = a.quote("We will not give up");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("David Maxwell");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.speaker().mentionText()).isEqualTo("David Maxwell");
        assertThat(a.text().substring(q.speaker().mentionStart(), q.speaker().mentionEnd())).isEqualTo("David Maxwell");
    }

    @Test
    void nameSaidAfterTheQuote() {
        Analysed a = analyse("Ann Lee spoke first. “The talks have failed,” Ann Lee said on Sunday.");
        assertThat(a.speakerOf("The talks have failed")).isEqualTo("Ann Lee");
    }

    @Test
    void pronounSaidAfterTheQuoteResolvesToTheLastPerson() {
        Analysed a = analyse("Evans Revere spoke in Seoul. “It was a predictable collapse,” he said.");
        AttributedQuote q = a.quote("predictable collapse");
        assertThat(q.speaker().name()).isEqualTo("Evans Revere");
        assertThat(q.speaker().mentionText()).isEqualTo("he");
    }

    // --- cue before the quote ------------------------------------------------------------------------------------

    @Test
    void nameSaidCommaBeforeTheQuote() {
        Analysed a = analyse("Kim Myong Gil said, “We do not believe the United States is ready.”");
        assertThat(a.speakerOf("We do not believe")).isEqualTo("Kim Myong Gil");
        assertThat(a.quote("We do not believe").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void pronounCueInsideTheSentenceBeforeAPartialQuote() {
        Analysed a = analyse("The negotiator was Kim Myong Gil.\nThe meeting, he said, had “not fulfilled our "
                + "expectations and broke down.”");
        AttributedQuote q = a.quote("not fulfilled");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.speaker().name()).isEqualTo("Kim Myong Gil");
    }

    @Test
    void invertedCueBetweenCommas() {
        Analysed a = analyse("The U.S., said the spokesperson, must take “a substantial step toward peace.”");
        AttributedQuote q = a.quote("a substantial step");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.speaker().name()).isEqualTo("the spokesperson");
        assertThat(q.speaker().entityKey()).isNull();
    }

    @Test
    void appositiveSubjectBeforeTheCue() {
        Analysed a = analyse("Kim Myong Gil, the chief negotiator, announced at a press conference that “We "
                + "suggested that the talks be suspended.”");
        AttributedQuote q = a.quote("We suggested");
        assertThat(q.speaker().name()).isEqualTo("Kim Myong Gil");
        assertThat(q.speaker().description()).isEqualTo("chief negotiator");
        assertThat(q.cue()).isEqualTo("announced");
    }

    @Test
    void cueVerbsStatedAddedWarnedToldAnnounced() {
        Analysed a = analyse("Jane Doe stated, “We are ready.” John Roe added, “We are not.” Mary Major warned, “It will fail.” "
                + "Paul Minor told reporters, “It is over.” Sam Ray announced, “We will meet again.”");
        assertThat(a.speakerOf("We are ready")).isEqualTo("Jane Doe");
        assertThat(a.speakerOf("We are not")).isEqualTo("John Roe");
        assertThat(a.speakerOf("It will fail")).isEqualTo("Mary Major");
        assertThat(a.speakerOf("It is over")).isEqualTo("Paul Minor");
        assertThat(a.speakerOf("We will meet again")).isEqualTo("Sam Ray");
    }

    @Test
    void asksIfIntroducesAPartialQuote() {
        Analysed a = analyse("David Straub is a diplomat. Straub asks if Trump “is mad at Pompeo and will order more gifts?”");
        AttributedQuote q = a.quote("is mad at Pompeo");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.speaker().name()).isEqualTo("David Straub");
    }

    @Test
    void calledItATimeBombGivesAPartialQuote() {
        Analysed a = analyse("Senator Ann Lee called the missile a “time bomb” pointed at its enemies.");
        AttributedQuote q = a.quote("time bomb");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void colonAtTheEndOfAParagraphIntroducesTheNextParagraphsQuote() {
        Analysed a = analyse("Pat Caddell said:\n“The health issue overall is very important to voters.”");
        assertThat(a.speakerOf("The health issue")).isEqualTo("Pat Caddell");
    }

    // --- continuation --------------------------------------------------------------------------------------------

    @Test
    void aFollowingQuoteWithoutCueContinuesTheSpeaker() {
        Analysed a = analyse("“We have to keep pushing,” said David Maxwell, a senior fellow. “We cannot give in now.”");
        AttributedQuote second = a.quote("We cannot give in");
        assertThat(second.speaker().name()).isEqualTo("David Maxwell");
        assertThat(second.confidence()).isLessThan(a.quote("keep pushing").confidence());
    }

    @Test
    void continuationReachesTheNextParagraphButNoFurther() {
        Analysed a = analyse("“The deal is dead,” said Ann Lee.\n“Nobody will revive it soon.”\nThe weather was fine.\n"
                + "The market rose.\n“Prices will keep rising for years.”");
        assertThat(a.speakerOf("Nobody will revive")).isEqualTo("Ann Lee");
        assertThat(a.quote("Prices will keep rising").speaker()).isNull();
    }

    @Test
    void secondQuoteInTheSameSentenceKeepsTheSpeaker() {
        Analysed a = analyse("“The U.S. brought creative ideas,” said Ortagus at the State Department, citing "
                + "but not explaining “a number of new initiatives.”");
        assertThat(a.speakerOf("a number of new initiatives")).isEqualTo("Ortagus");
    }

    // --- quote marks ---------------------------------------------------------------------------------------------

    @Test
    void mixedCurlyOpenStraightCloseIsFound() {
        Analysed a = analyse("The U.S., said the spokesperson, must take “a substantial step toward the DPRK,\" i.e. the North.");
        // the curly opening and straight closing mark pair up; the reported words around them make it one mixed quote
        assertThat(a.quote("a substantial step").text())
                .isEqualTo("must take “a substantial step toward the DPRK,\" i.e. the North");
    }

    @Test
    void straightDoubleQuotes() {
        Analysed a = analyse("\"We are ready to talk,\" said Mike Pompeo.");
        assertThat(a.speakerOf("We are ready to talk")).isEqualTo("Mike Pompeo");
    }

    @Test
    void guillemetsAreQuoteMarks() {
        Analysed a = analyse("«We will respond firmly,» said Jean Dupont.");
        assertThat(a.speakerOf("We will respond firmly")).isEqualTo("Jean Dupont");
    }

    @Test
    void apostrophesMakeNoQuotes() {
        Analysed a = analyse("Kim’s plan won’t change the two nations’ positions, and the Workers' Party of the ’90s agrees.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void quoteSpanningSentencesIsOneQuote() {
        Analysed a = analyse("“We tried. We failed. We will try again,” said Ann Lee.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quote("We failed").speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void quoteSpanningParagraphsIsOneQuote() {
        Analysed a = analyse("Ann Lee said: “We tried hard.\n“We will try again,” she added.");
        AttributedQuote q = a.quote("We tried hard");
        assertThat(q.text()).contains("We will try again");
        assertThat(q.speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void unbalancedMarkDoesNotSwallowTheRest() {
        Analysed a = analyse("He opened a quote “and never closed it.\nLater, “working-level” talks began, "
                + "said a report.\nThe end.");
        assertThat(a.quotes()).extracting(AttributedQuote::text).doesNotHaveDuplicates()
                .noneMatch(t -> t.contains("never closed"));
        assertThat(a.quote("working-level", QuoteKind.TERM).text()).isEqualTo("“working-level”");
    }

    @Test
    void emptyTextAndTextWithoutQuotesDoNotCrash() {
        assertThat(analyse("").quotes()).isEmpty();
        assertThat(analyse("\"").quotes()).isEmpty();
    }

    @Test
    void bracketedSicAndPointsAreKept() {
        Analysed a = analyse("If the U.S. “again fingers [points] at the old scenario,” said the "
                + "spokesperson, “it is in just fortnight [sic].”");
        assertThat(a.quote("[points]").text()).contains("again fingers [points] at");
        assertThat(a.quote("[sic]").speaker().name()).isEqualTo("the spokesperson");
    }

    // --- terms ---------------------------------------------------------------------------------------------------

    @Test
    void scareQuotesAreTermsWithoutSpeaker() {
        Analysed a = analyse("The abrupt end of “working-level” negotiations proves that talking isn’t working, said Ann Lee.");
        AttributedQuote q = a.quote("working-level", QuoteKind.TERM);
        assertThat(q.text()).isEqualTo("“working-level”");
        assertThat(q.speaker()).isNull();
        // the sentence itself is Ann Lee's reported speech, with the term inside it
        assertThat(a.quote("talking isn’t working", QuoteKind.INDIRECT).speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void singleQuotedTermGetsNoSpeakerEvenNextToAPerson() {
        Analysed a = analyse("“We want more,” said Kim Myong Gil.\nThe U.S. cannot allow a ‘partial "
                + "denuclearization’ instead of complete.");
        AttributedQuote q = a.quote("partial denuclearization");
        assertThat(q.kind()).isEqualTo(QuoteKind.TERM);
        assertThat(q.speaker()).isNull();
        assertThat(q.confidence()).isZero();
    }

    // --- non-person speakers -------------------------------------------------------------------------------------

    @Test
    void theStatementIsTheSpeakerNotANearbyPerson() {
        Analysed a = analyse("Stephen Biegun had led the talks. “We have no intention to hold such sickening "
                + "negotiations,” said the statement.");
        AttributedQuote q = a.quote("We have no intention");
        assertThat(q.speaker().name()).isEqualTo("the statement");
        assertThat(q.speaker().entityKey()).isNull();
    }

    @Test
    void theStatementConcludedBeforeTheQuote() {
        Analysed a = analyse("Indeed, the statement concluded, “the fate of the dialogue depends on the U.S. attitude.”");
        AttributedQuote q = a.quote("the fate of the dialogue");
        assertThat(q.speaker().name()).isEqualTo("the statement");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void newspaperTaggedAsPersonBecomesAnOrganisationSpeakerWithItsRole() {
        Analysed a = analyse("North Korea’s party newspaper, Rodong Sinmun, called the prototype a “time "
                + "bomb” and “most fearful dagger” pointed at its enemies.");
        AttributedQuote q = a.quote("time bomb");
        assertThat(q.speaker().name()).isEqualTo("Rodong Sinmun");
        assertThat(q.speaker().description()).isEqualTo("North Korea’s party newspaper");
        assertThat(a.entity("Rodong Sinmun")).get().extracting(CanonicalEntity::type).isEqualTo("ORGANIZATION");
        assertThat(a.speakerOf("most fearful dagger")).isEqualTo("Rodong Sinmun");
    }

    @Test
    void theyResolvesToThePluralSubjectBeforeIt() {
        Analysed a = analyse("As a result, the two governments issued a communique in which they confirmed "
                + "their commitment “to make every effort.”");
        assertThat(a.speakerOf("to make every effort")).isEqualTo("the two governments");
    }

    // --- full names ----------------------------------------------------------------------------------------------

    @Test
    void surnameResolvesToTheFullName() {
        Analysed a = analyse("David Straub is a retired diplomat.\n“Trump is engaged in fantasy,” said Straub.");
        AttributedQuote q = a.quote("engaged in fantasy");
        assertThat(q.speaker().name()).isEqualTo("David Straub");
        assertThat(q.speaker().mentionText()).isEqualTo("Straub");
    }

    @Test
    void kimIsTheKimJustIntroducedNotTheOneInTheTitle() {
        Analysed a = analyse("Talks and Kim Jong Un’s Policy\nThe talks failed.\nAfter the meeting, Kim Myong "
                + "Gil, the chief negotiator, spoke.\n"
                + "Kim stated, “Denuclearization is possible only when all obstacles are eliminated.”");
        assertThat(a.speakerOf("Denuclearization is possible")).isEqualTo("Kim Myong Gil");
    }

    @Test
    void aPassingKimDoesNotCaptureTheMainKim() {
        String text = "Kim Jong Un met Trump. Kim wants a deal. Kim smiled. Kim left.\n"
                + "Kim fired advisers surrounding him, notably Kim Yong Chol, the former spy chief.\n"
                + "Trump said Kim had agreed on new talks.";
        Analysed a = analyse(text);
        assertThat(a.entityOfMention("Kim", text.lastIndexOf("said Kim")).name()).isEqualTo("Kim Jong Un");
    }

    // --- descriptions --------------------------------------------------------------------------------------------

    @Test
    void appositiveAfterTheNameIsTheRoleWithItsOrganisation() {
        Analysed a = analyse("“Kim thought he could sucker us,” said David Maxwell, retired special forces "
                + "colonel and senior fellow at the Foundation for Defense of Democracies.");
        AttributedQuote q = a.quote("sucker us");
        assertThat(q.speaker().description())
                .isEqualTo("retired special forces colonel and senior fellow at the Foundation for Defense of Democracies");
        String org = q.speaker().descriptionEntityKey();
        assertThat(a.analysis().entities()).filteredOn(e -> e.key().equals(org))
                .extracting(CanonicalEntity::name).containsExactly("Foundation for Defense of Democracies");
    }

    @Test
    void trailingClauseBeforeASecondQuoteIsTheRole() {
        Analysed a = analyse("“The regime may misperceive,” said Leif-Eric Easley, professor of international "
                + "relations at Ewha University in Seoul, “but a lesson from Hanoi is clear.”");
        assertThat(a.quote("a lesson from Hanoi").speaker().description())
                .isEqualTo("professor of international relations at Ewha University in Seoul");
        assertThat(a.speakerOf("a lesson from Hanoi")).isEqualTo("Leif-Eric Easley");
    }

    @Test
    void titleBeforeTheNameIsTheRoleOfAnIndirectQuote() {
        Analysed a = analyse("State Department spokesperson Morgan Ortagus said the U.S. was accepting "
                + "Sweden’s invitation to meet again.");
        AttributedQuote q = a.quote("was accepting Sweden");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker().name()).isEqualTo("Morgan Ortagus");
        assertThat(q.speaker().description()).isEqualTo("State Department spokesperson");
        assertThat(q.text()).startsWith("the U.S. was accepting");
    }

    // --- indirect speech -----------------------------------------------------------------------------------------

    @Test
    void accordingToIsIndirectSpeech() {
        Analysed a = analyse("According to Ann Lee, the talks will resume in two weeks in Stockholm.");
        AttributedQuote q = a.quote("the talks will resume");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        assertThat(q.cue()).isEqualTo("According to");
    }

    @Test
    void saidThatHasTheContentAsSpan() {
        Analysed a = analyse("Donald Trump said that Kim had agreed on working-level talks.");
        AttributedQuote q = a.quote("Kim had agreed");
        assertThat(q.text()).isEqualTo("Kim had agreed on working-level talks");
        assertThat(q.speaker().name()).isEqualTo("Donald Trump");
    }

    @Test
    void criticizedAndArguedAreReportedSpeech() {
        Analysed a = analyse("Kim Myong Gil spoke.\nHe also criticized the U.S. for imposing sanctions against North Korea.\n"
                + "North Korea is arguing that the U.S. must alleviate the sanctions first.");
        assertThat(a.speakerOf("for imposing sanctions")).isEqualTo("Kim Myong Gil");
        assertThat(a.speakerOf("must alleviate the sanctions")).isEqualTo("North Korea");
    }

    @Test
    void trailingSourcesSaidIsReportedSpeech() {
        Analysed a = analyse("The protocol called for the nominee to be taken to a trauma center, sources said.");
        AttributedQuote q = a.quote("The protocol called for");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker().name()).isEqualTo("sources");
    }

    // --- entities ------------------------------------------------------------------------------------------------

    @Test
    void pronounsAreNeverEntitiesAndNorthAloneIsNoPerson() {
        Analysed a = analyse("He said she would go North. The North will remain isolated, he added, and North Korea agreed.");
        assertThat(a.analysis().entities()).extracting(CanonicalEntity::name)
                .doesNotContain("He", "he", "She", "she", "North");
    }

    @Test
    void surnameAndPossessiveMergeIntoTheFullPersonName() {
        Analysed a = analyse("President Donald Trump spoke. Trump’s grasp on reality is unclear, and Trump left.");
        CanonicalEntity trump = a.entity("Donald Trump").orElseThrow();
        assertThat(trump.type()).isEqualTo("PERSON");
        assertThat(trump.aliases()).contains("Trump", "Trump’s");
        assertThat(a.analysis().entities()).extracting(CanonicalEntity::name).doesNotContain("Trump");
    }

    @Test
    void twoDifferentKimsStayTwoEntities() {
        Analysed a = analyse("Kim Jong Un met Kim Myong Gil in Pyongyang.");
        assertThat(a.analysis().entities()).extracting(CanonicalEntity::name).contains("Kim Jong Un", "Kim Myong Gil");
    }
    // --- layouts from other newsrooms ----------------------------------------------------------------------------

    @Test
    void dashSignatureAfterTheQuoteNamesTheSpeaker() {
        Analysed a = analyse("“He has said hateful things time and again.” ― Carlos Romero\n“Tonight showed "
                + "who he really is.” ― Stephanie Egan");
        assertThat(a.speakerOf("hateful things")).isEqualTo("Carlos Romero");
        assertThat(a.speakerOf("Tonight showed")).isEqualTo("Stephanie Egan");
    }

    @Test
    void doubledApostrophesAreDoubleQuoteMarks() {
        Analysed a = analyse("''I have never been edited,'' said Larry King.");
        assertThat(a.quote("I have never been edited").text()).isEqualTo("''I have never been edited,''");
        assertThat(a.speakerOf("I have never been edited")).isEqualTo("Larry King");
    }

    @Test
    void aQuoteOpeningTheParagraphAfterASpeakersSentenceIsTheirs() {
        Analysed a = analyse("Rep. John Mica described the confrontation in grave terms.\n“We cannot have "
                + "people come here and deny the right to vote.”");
        AttributedQuote q = a.quote("We cannot have people");
        assertThat(q.speaker().name()).isEqualTo("John Mica");
        assertThat(q.confidence()).isLessThan(0.7);
    }

    @Test
    void participleCueAfterACommaBelongsToTheMainSubject() {
        Analysed a = analyse("“We need change,” the businessman said, arguing that he will bring a "
                + "“common-sense” approach to the job.");
        assertThat(a.speakerOf("common-sense")).isEqualTo("the businessman");
        assertThat(a.speakerOf("We need change")).isEqualTo("the businessman");
    }
    @Test
    void sheSkipsTheMostRecentManForTheWoman() {
        Analysed a = analyse("Mary Major met Donald Trump on Monday.\n“It went badly,” she said.");
        AttributedQuote q = a.quote("It went badly");
        assertThat(q.speaker().name()).isEqualTo("Mary Major");
        assertThat(q.speaker().mentionText()).isEqualTo("she");
    }
    @Test
    void parenthesisBetweenNameAndVerbIsSkipped() {
        Analysed a = analyse("Sen. David Perdue (R-Ga.) said he did not believe those characterizations were fair.");
        assertThat(a.speakerOf("did not believe")).isEqualTo("David Perdue");
    }

    @Test
    void trailingSaidNameWithARoleAfterIt() {
        Analysed a = analyse("The stations removed the broadcasts from their schedules in 2005, said Jeffrey "
                + "Trimble, a senior official with the Broadcasting Board of Governors.");
        AttributedQuote q = a.quote("removed the broadcasts");
        assertThat(q.speaker().name()).isEqualTo("Jeffrey Trimble");
        assertThat(q.text()).doesNotContain("Trimble");
    }

    @Test
    void trailingSubjectWithAPrepositionalPhrase() {
        Analysed a = analyse("The relatives watched the video on Thursday, attorneys for the family said.");
        assertThat(a.speakerOf("watched the video")).isEqualTo("attorneys for the family");
    }

    @Test
    void coordinatedSaidTakesTheSubjectOfTheFirstVerb() {
        Analysed a = analyse("Ted Cruz exhorted Republicans to vote their conscience and said he was standing on principle.");
        assertThat(a.speakerOf("he was standing on principle")).isEqualTo("Ted Cruz");
    }
}
