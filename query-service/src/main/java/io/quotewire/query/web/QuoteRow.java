package io.quotewire.query.web;

import io.quotewire.query.domain.AboutMatch;
import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.SpeakerView;
import java.util.List;
import java.util.Locale;

/**
 * A quote in a list across articles: its words, who said it in what role, the article it links back to (where it
 * was first said), the other articles it also appeared in, and, in answers to "about", why it matched
 * ({@code quote}, {@code reference}, {@code context}; null otherwise).
 */
public record QuoteRow(
        String text, String link, String articleTitle, String articleLink, String speakerName, String speakerLink,
        String role, String cue, String kind, List<ArticleRef> alsoIn, int alsoInTotal, String match) {

    static QuoteRow of(QuoteListItem quote) {
        SpeakerView speaker = quote.speaker();
        return new QuoteRow(quote.text(), PageLinks.quote(quote.articleId(), quote.id()), quote.articleTitle(),
                PageLinks.article(quote.articleId()),
                speaker == null ? null : speaker.name(),
                speaker == null || speaker.name() == null ? null : PageLinks.speaker(speaker),
                speaker == null ? null : speaker.description(), quote.cue(), quote.kind(),
                quote.alsoIn() == null ? List.of() : quote.alsoIn(), quote.alsoInTotal(), quote.match());
    }

    /** How many other articles it appeared in beyond those {@code alsoIn} lists. */
    public int alsoInMore() {
        return Math.max(0, alsoInTotal - alsoIn.size());
    }

    /** The link to another article. */
    public String linkTo(ArticleRef article) {
        return PageLinks.article(article.articleId());
    }

    /** Why the quote is about what was asked, in words; null outside an answer to "about". */
    public String matchWords() {
        if (match == null) {
            return null;
        }
        return switch (AboutMatch.valueOf(match.toUpperCase(Locale.ROOT))) {
            case QUOTE -> "named in the quote";
            case REFERENCE -> "referred to in the quote";
            case CONTEXT -> "named in the passage it answers";
        };
    }
}
