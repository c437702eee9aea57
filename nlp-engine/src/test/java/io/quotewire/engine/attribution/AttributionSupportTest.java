package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain checks of the name-choosing rules, without CoreNLP. */
class AttributionSupportTest {

    @Test
    void aPartialNameIsPartOfFullNamesThatStartOrEndWithIt() {
        assertThat(FullNameChooser.isPartOf(List.of("Kim", "Jong"), List.of("Kim", "Jong", "Un"))).isTrue();
        assertThat(FullNameChooser.isPartOf(List.of("Straub"), List.of("David", "Straub"))).isTrue();
        assertThat(FullNameChooser.isPartOf(List.of("Jong"), List.of("Kim", "Jong", "Un"))).isFalse();
        assertThat(FullNameChooser.isPartOf(List.of("Kim", "Jong", "Un"), List.of("Kim", "Jong", "Un"))).isFalse();
    }

    @Test
    void aFullNameMentionedInThisOrThePreviousParagraphWinsATie() {
        FullNameChooser.Salience title = salience(1, 0, 10);
        FullNameChooser.Salience justIntroduced = salience(1, 2, 50);
        assertThat(FullNameChooser.choose(List.of(title, justIntroduced), 3)).isEqualTo(1);
    }

    @Test
    void aMuchMentionedNameOutweighsOneNamedInPassing() {
        FullNameChooser.Salience main = salience(8, 5, 300);
        FullNameChooser.Salience passing = salience(1, 6, 320);
        assertThat(FullNameChooser.choose(List.of(main, passing), 7)).isEqualTo(0);
    }

    @Test
    void namesNotYetMentionedAreChosenOnlyWhenNoneWas() {
        FullNameChooser.Salience unseen = new FullNameChooser.Salience();
        assertThat(FullNameChooser.choose(List.of(unseen), 0)).isZero();
        assertThat(FullNameChooser.choose(List.of(unseen, salience(1, 0, 3)), 0)).isEqualTo(1);
        assertThat(FullNameChooser.choose(List.of(), 0)).isEqualTo(-1);
    }

    private static FullNameChooser.Salience salience(int count, int paragraph, int token) {
        FullNameChooser.Salience s = new FullNameChooser.Salience();
        s.count = count;
        s.lastParagraph = paragraph;
        s.lastToken = token;
        return s;
    }
    @Test
    void genderComesFromTitlesAndCoreNlpsFirstNameLists() {
        assertThat(PersonGender.ofPerson("Donald Trump", null, List.of("Trump"))).isEqualTo(PersonGender.Gender.MALE);
        assertThat(PersonGender.ofPerson("Mary Major", null, List.of())).isEqualTo(PersonGender.Gender.FEMALE);
        assertThat(PersonGender.ofPerson("Clinton", "Mrs.", List.of())).isEqualTo(PersonGender.Gender.FEMALE);
        // "Kim" is a woman's first name in CoreNLP's list, but an article that says "Kim" alone uses it as a family name
        assertThat(PersonGender.ofPerson("Kim Myong Gil", null, List.of("Kim"))).isEqualTo(PersonGender.Gender.UNKNOWN);
        assertThat(PersonGender.compatible(PersonGender.ofPronoun("she"), PersonGender.Gender.MALE)).isFalse();
        assertThat(PersonGender.compatible(PersonGender.ofPronoun("he"), PersonGender.Gender.UNKNOWN)).isTrue();
    }
}
