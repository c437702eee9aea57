package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.model.AttributedQuote;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.EntityMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Dates, money and percentages keep CoreNLP's normalised value, resolved against the publication day. */
@Tag("no-shared-servers")
class DateValuesIT {

    private static final LocalDate TALKS_WEEK = LocalDate.of(2019, 10, 7);

    @Test
    void octoberFiveInTheSejongSeedIsTheFifthOfOctober2019WhenTheArticleIsDated() throws IOException {
        String seed = Files.readString(Path.of("../seeds/000_6beca85ce06e4a01.txt"));

        Analysed dated = LiveAnalysis.analyse(seed, TALKS_WEEK);

        EntityMention october5 = dated.analysis().mentions().stream()
                .filter(m -> m.text().equals("October 5")).findFirst().orElseThrow();
        assertThat(october5.type()).isEqualTo("DATE");
        assertThat(october5.value()).isEqualTo("2019-10-05");
        CanonicalEntity entity = dated.analysis().entities().stream()
                .filter(e -> e.key().equals(october5.entityKey())).findFirst().orElseThrow();
        assertThat(entity.type()).isEqualTo("DATE");
        assertThat(entity.value()).isEqualTo("2019-10-05");
        // "February this year" is February of the year the article was published.
        assertThat(dated.analysis().mentions()).filteredOn(m -> m.text().contains("February"))
                .extracting(EntityMention::value).containsOnly("2019-02");
    }

    @Test
    void withoutAPublicationDayTheYearStaysOpen() throws IOException {
        String seed = Files.readString(Path.of("../seeds/000_6beca85ce06e4a01.txt"));

        Analysed undated = LiveAnalysis.analyse(seed, null);

        assertThat(undated.analysis().mentions()).filteredOn(m -> m.text().equals("October 5"))
                .extracting(EntityMention::value).containsOnly("XXXX-10-05");
    }

    @Test
    void valuesNeverSpeakAndNamesAroundThemAreUnchanged() {
        String text = "On October 5, 2019 the talks failed. “We lost 20 percent of the $28,500 budget,” said Ann Lee, "
                + "the treasurer.";

        Analysed analysed = LiveAnalysis.analyse(text, TALKS_WEEK);

        AttributedQuote quote = analysed.quote("We lost");
        assertThat(quote.speaker().name()).isEqualTo("Ann Lee");
        assertThat(analysed.analysis().entities()).filteredOn(e -> e.name().equals("Ann Lee"))
                .extracting(CanonicalEntity::type).containsExactly("PERSON");
        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.type().equals("DATE"))
                .extracting(EntityMention::value).containsExactly("2019-10-05");
        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.type().equals("PERCENT"))
                .extracting(EntityMention::value).allMatch(Objects::nonNull).hasSize(1);
        assertThat(analysed.analysis().mentions()).filteredOn(m -> m.type().equals("MONEY"))
                .extracting(EntityMention::value).allMatch(value -> value.contains("28500")).hasSize(1);
        assertThat(analysed.analysis().quotes()).allSatisfy(q -> assertThat(q.speaker() == null
                || !q.speaker().name().contains("2019")).isTrue());
    }
}
