package io.quotewire.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.domain.SpeakerView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "who is quoted here" panel: one row per speaker, the role wherever the article gave it, most quoted first. */
class QuotedSpeakersTest {

    private static QuoteView quote(long id, SpeakerView speaker) {
        return new QuoteView(id, "words " + id, 0, 1, "direct", "said", 0.9, speaker, null);
    }

    @Test
    void quotesAreGroupedBySpeakerWithTheRoleGivenOnceAndTheFullName() {
        SpeakerView introduced = new SpeakerView("David Maxwell", 3L, "retired colonel", null, "David Maxwell", 10, 23);
        SpeakerView later = new SpeakerView("Maxwell", 3L, null, null, "Maxwell", 90, 97);
        SpeakerView other = new SpeakerView("Leif-Eric Easley", null, "professor", null, "Leif-Eric Easley", 50, 66);

        List<QuotedSpeaker> rows = QuotedSpeakers.of(List.of(
                quote(1, other), quote(2, later), quote(3, introduced), quote(4, null)));

        assertThat(rows).containsExactly(
                new QuotedSpeaker("David Maxwell", "retired colonel", "/ui/entities/3", 2),
                new QuotedSpeaker("Leif-Eric Easley", "professor", "/ui/speakers?name=Leif-Eric%20Easley", 1));
    }

    @Test
    void quoteMarksAreAddedOnlyWhenTheTextHasNone() {
        assertThat(QuoteMarks.quoted("We will talk")).isEqualTo("“We will talk”");
        assertThat(QuoteMarks.quoted("“We will talk,”")).isEqualTo("“We will talk,”");
        assertThat(QuoteMarks.quoted("\"plain\"")).isEqualTo("\"plain\"");
        assertThat(QuoteMarks.quoted(null)).isEmpty();
    }
}
