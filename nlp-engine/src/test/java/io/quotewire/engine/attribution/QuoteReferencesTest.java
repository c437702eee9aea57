package io.quotewire.engine.attribution;

import static io.quotewire.engine.attribution.SharedPipeline.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.EntityReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pronouns inside a quote that stand for another person of the article, in our own words. */
class QuoteReferencesTest {

    private static final String SUMMIT = "Prime Minister Viktor Halden flew to Oslo on Monday for the summit.\n\n"
            + "“Halden thought he could win the vote because his rivals were divided,” said Ingrid Solberg, a "
            + "historian at the University of Bergen. “I told him so, and I stand by it.”";

    @Test
    void aPronounInsideAQuoteStandsForThePersonTheQuoteNames() {
        Analysed a = analyse(SUMMIT);

        AttributedQuote quote = a.quote("Halden thought he could");
        assertThat(quote.speaker().name()).isEqualTo("Ingrid Solberg");
        assertThat(quote.references()).extracting(EntityReference::text).containsExactly("he", "his");
        String halden = a.entity("Viktor Halden").orElseThrow().key();
        assertThat(quote.references()).allSatisfy(reference -> {
            assertThat(reference.entityKey()).isEqualTo(halden);
            assertThat(SUMMIT.substring(reference.start(), reference.end())).isEqualTo(reference.text());
        });
    }

    @Test
    void theSpeakersOwnIAndAPronounForAnotherPersonAcrossSentences() {
        Analysed a = analyse(SUMMIT);

        AttributedQuote quote = a.quote("I told him so");
        String halden = a.entity("Viktor Halden").orElseThrow().key();
        assertThat(quote.references()).singleElement().satisfies(reference -> {
            assertThat(reference.text()).isEqualTo("him");
            assertThat(reference.entityKey()).isEqualTo(halden);
        });
    }

    @Test
    void aHeInReportedSpeechThatMayBeTheSpeakerIsNoReference() {
        Analysed a = analyse("Viktor Halden met Ingrid Solberg in Oslo.\n\nHalden said he would stand again next year.");

        assertThat(a.quote("would stand again").references()).isEmpty();
    }

    @Test
    void aPronounTwoPersonsCouldStandForAndHisOrHerAreNoReferences() {
        Analysed a = analyse("Viktor Halden and Lars Berg met in Oslo.\n\n“Berg told Halden he was wrong, and every voter "
                + "must make up his or her own mind,” said Ingrid Solberg.");

        List<EntityReference> references = a.quote("Berg told Halden").references();
        assertThat(references).isEmpty();
    }
}
