package io.quotewire.query.web;

import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.SpeakerView;

/** A quote in a list across articles: its words, who said it in what role, and the article it links back to. */
public record QuoteRow(
        String text, String link, String articleTitle, String articleLink, String speakerName, String speakerLink,
        String role, String cue, String kind) {

    static QuoteRow of(QuoteListItem quote) {
        SpeakerView speaker = quote.speaker();
        return new QuoteRow(quote.text(), PageLinks.quote(quote.articleId(), quote.id()), quote.articleTitle(),
                PageLinks.article(quote.articleId()),
                speaker == null ? null : speaker.name(),
                speaker == null || speaker.name() == null ? null : PageLinks.speaker(speaker),
                speaker == null ? null : speaker.description(), quote.cue(), quote.kind());
    }
}
