package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.EntityMention;
import org.junit.jupiter.api.Test;

/** The RegexNER gazetteer after CoreNLP's tagger mends the names the issue saw split or mistyped. */
class GazetteerTest {

    @Test
    void theDprksFormalNameIsOnePlaceNotAnOrganisationCalledDemocraticPeople() {
        String text = "The U.S. must withdraw its hostile policy toward the DPRK, i.e., the Democratic People’s "
                + "Republic of Korea, the spokesperson said.";

        Analysed analysed = SharedPipeline.analyse(text);

        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.text().startsWith("Democratic"))
                .singleElement().satisfies(m -> {
                    assertThat(m.text()).isEqualTo("Democratic People’s Republic of Korea");
                    assertThat(m.type()).isEqualTo("LOCATION");
                });
        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.text().equals("DPRK"))
                .extracting(EntityMention::type).containsExactly("LOCATION");
    }

    @Test
    void anAirportIsAPlaceNotAPersonWithQuotes() {
        String text = "“We waited nine hours,” said Maria Lindqvist, who landed at JFK Airport on Sunday.";

        Analysed analysed = SharedPipeline.analyse(text);

        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.text().contains("JFK"))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JFK Airport", "LOCATION"));
        assertThat(analysed.speakerOf("We waited nine hours")).isEqualTo("Maria Lindqvist");
    }
}
