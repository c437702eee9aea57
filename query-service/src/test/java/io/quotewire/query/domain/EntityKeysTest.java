package io.quotewire.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.contracts.ArticleEnriched;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What entities merge by across articles: spelling, known names, acronyms an article defines, values. */
class EntityKeysTest {

    @Test
    void theUnitedStatesIsOneEntityUnderEveryNameAndWhateverTypeTheTaggerGave() {
        EntityKeys.EntityKey united = EntityKeys.of("LOCATION", "United States", null);
        for (String name : List.of("U.S.", "US", "USA", "U.S.A.", "America", "the United States", "United States’")) {
            for (String type : List.of("LOCATION", "ORGANIZATION", "MISC")) {
                EntityKeys.EntityKey key = EntityKeys.of(type, name, null);
                assertThat(key.type()).as(name + " " + type).isEqualTo("LOCATION");
                assertThat(key.key()).as(name + " " + type).isEqualTo(united.key());
                assertThat(key.canonicalName()).isEqualTo("United States");
            }
        }
        assertThat(EntityKeys.of("LOCATION", "Democratic People’s Republic of Korea", null).canonicalName())
                .isEqualTo("North Korea");
        // A person is never a country: "Jordan" the person, "America" as a first name.
        assertThat(EntityKeys.of("PERSON", "America", null).key()).isEqualTo("america");
    }

    @Test
    void honorificsPossessivesDotsAndDiacriticsAreOutOfTheKeyButShortNamesStayApart() {
        String kim = EntityKeys.of("PERSON", "Kim Jong Un", null).key();
        assertThat(EntityKeys.of("PERSON", "Mr. Kim Jong Un’s", null).key()).isEqualTo(kim);
        assertThat(EntityKeys.of("PERSON", "KIM  JONG UN", null).key()).isEqualTo(kim);
        assertThat(EntityKeys.of("PERSON", "Ségolène Royal", null).key())
                .isEqualTo(EntityKeys.of("PERSON", "Dr Segolene Royal", null).key());
        // Five Kims in the seeds: a bare "Kim" is none of them.
        assertThat(EntityKeys.of("PERSON", "Kim", null).key()).isNotEqualTo(kim)
                .isNotEqualTo(EntityKeys.of("PERSON", "Kim Myong Gil", null).key());
        assertThat(EntityKeys.of("PERSON", "Kim Jong Il", null).key()).isNotEqualTo(kim);
    }

    @Test
    void aDateMergesByItsValueNotItsSpelling() {
        EntityKeys.EntityKey october = EntityKeys.of("DATE", "October 5", "2019-10-05");
        assertThat(EntityKeys.of("DATE", "Oct. 5", "2019-10-05")).isEqualTo(october);
        assertThat(EntityKeys.of("DATE", "October 5", "2020-10-05").key()).isNotEqualTo(october.key());
        assertThat(october.canonicalName()).isEqualTo("2019-10-05");
        assertThat(AliasReason.of(october, "October 5", false)).isEqualTo(AliasReason.VALUE);
    }

    @Test
    void reasonsSayWhyANameBelongs() {
        EntityKeys.EntityKey united = EntityKeys.of("LOCATION", "United States", null);
        assertThat(AliasReason.of(united, "United States", false)).isEqualTo(AliasReason.CANONICAL);
        assertThat(AliasReason.of(united, "the United States", false)).isEqualTo(AliasReason.SPELLING);
        assertThat(AliasReason.of(united, "U.S.", false)).isEqualTo(AliasReason.KNOWN);
        EntityKeys.EntityKey maxwell = EntityKeys.of("PERSON", "David Maxwell", null);
        assertThat(AliasReason.of(maxwell, "Maxwell", false)).isEqualTo(AliasReason.ARTICLE);
        assertThat(AliasReason.KNOWN.explain("United States")).contains("known name of United States");
    }

    @Test
    void anAcronymTheArticleDefinesAbbreviatesItsEntity() {
        String text = "David Maxwell of the Foundation for Defense of Democracies (FDD) said FDD would not.";
        int start = text.indexOf("Foundation");
        List<ArticleEnriched.Entity> entities = List.of(
                new ArticleEnriched.Entity("e1", "Foundation for Defense of Democracies", "ORGANIZATION", List.of()),
                new ArticleEnriched.Entity("e2", "FDD", "ORGANIZATION", List.of()));
        List<ArticleEnriched.Mention> mentions = List.of(new ArticleEnriched.Mention("e1",
                "Foundation for Defense of Democracies", "ORGANIZATION", start, start + 37));

        assertThat(AcronymDefinitions.in(text, entities, mentions)).containsEntry("FDD", "e1").hasSize(1);
        assertThat(AcronymDefinitions.abbreviates("IAEA", "International Atomic Energy Agency")).isTrue();
        assertThat(AcronymDefinitions.abbreviates("UN", "Ukraine")).isFalse();
        assertThat(AcronymDefinitions.abbreviates("ABC", "Foundation for Defense of Democracies")).isFalse();
    }
}
