package io.quotewire.query.web;

import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.SpeakerView;
import java.util.List;

/**
 * A quote in a list across articles: its words, who said it in what role, the article it links back to (where it
 * was first said), and the other articles it also appeared in.
 */
public record QuoteRow(
        String text, String link, String articleTitle, String articleLink, String speakerName, String speakerLink,
        String role, String cue, String kind, List<ArticleRef> alsoIn) {

    static QuoteRow of(QuoteListItem quote) {
        SpeakerView speaker = quote.speaker();
        return new QuoteRow(quote.text(), PageLinks.quote(quote.articleId(), quote.id()), quote.articleTitle(),
                PageLinks.article(quote.articleId()),
                speaker == null ? null : speaker.name(),
                speaker == null || speaker.name() == null ? null : PageLinks.speaker(speaker),
                speaker == null ? null : speaker.description(), quote.cue(), quote.kind(),
                quote.alsoIn() == null ? List.of() : quote.alsoIn());
    }

    /** The link to another article. */
    public String linkTo(ArticleRef article) {
        return PageLinks.article(article.articleId());
    }
}
