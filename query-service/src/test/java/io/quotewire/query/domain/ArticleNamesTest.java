package io.quotewire.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {

    private static final String TEXT = "North Korea restarted the reactor at Yongbyon. Kim Jong Un met Kim Myong Gil.";

    private static EntitySpan mention(String name, long entity) {
        int start = TEXT.indexOf(name);
        return new EntitySpan(start, start + name.length(), entity);
    }

    @Test
    void aNameTaggedOnceIsFoundWhereverTheArticleUsesIt() {
        ArticleNames names = ArticleNames.of(TEXT, List.of(mention("Yongbyon", 1), mention("North Korea", 2)));

        assertThat(names.namedIn("Pyongyang will not give up Yongbyon for nothing")).containsExactly(1L);
        assertThat(names.namedIn("“Yongbyon,” he said, “and North Korea’s future.”")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void onlyWholeWordsInTheSameCaseCount() {
        ArticleNames names = ArticleNames.of(TEXT, List.of(mention("Kim Jong Un", 3), mention("Yongbyon", 1)));

        assertThat(names.namedIn("Kim Jong Unification and yongbyon")).isEmpty();
        assertThat(names.namedIn("Kim Jong Un's envoy")).containsExactly(3L);
    }

    @Test
    void aNamesFirstWordAloneIsNotTheName() {
        ArticleNames names = ArticleNames.of(TEXT, List.of(mention("North Korea", 2), mention("Kim Myong Gil", 4)));

        assertThat(names.namedIn("North of the border, Korea waits for Kim and Gil")).isEmpty();
        assertThat(names.namedIn("Kim said Kim Myong Gil would go north to North Korea")).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void aNameTheArticleGivesTwoEntitiesStandsForNeither() {
        String text = "Kim arrived. Kim left.";
        ArticleNames names = ArticleNames.of(text, List.of(new EntitySpan(0, 3, 3), new EntitySpan(13, 16, 4)));

        assertThat(names.namedIn("We waited for Kim")).isEmpty();
    }

    @Test
    void noTextOrNoWordsNameNothing() {
        assertThat(ArticleNames.of(null, List.of(mention("Yongbyon", 1))).namedIn("Yongbyon")).isEmpty();
        assertThat(ArticleNames.of(TEXT, List.of(mention("Yongbyon", 1))).namedIn(null)).isEmpty();
    }
}
