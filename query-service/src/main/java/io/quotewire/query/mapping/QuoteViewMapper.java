package io.quotewire.query.mapping;

import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.domain.SpeakerView;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import io.quotewire.query.persistence.QuoteAlsoIn;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns stored quotes into the API's quote views, inside an article or in a list across articles. */
@ApplicationScoped
public class QuoteViewMapper {

    /** The quote as shown inside its article; {@code repeatOf} is where it was first said, null if here. */
    public QuoteView toView(Quote quote, ArticleRef repeatOf) {
        return new QuoteView(quote.id, quote.text, quote.start, quote.end, quote.kind, quote.cue, quote.confidence,
                speakerOf(quote), repeatOf);
    }

    /** The quote as shown in a list, with its article's id and title and the other articles that repeat it. */
    public QuoteListItem toListItem(Quote quote, QuoteAlsoIn.Repeats alsoIn) {
        return new QuoteListItem(quote.id, quote.article.id, quote.article.title, quote.text, quote.start, quote.end,
                quote.kind, quote.cue, quote.confidence, speakerOf(quote), alsoIn.articles(), alsoIn.total(), null);
    }

    private static SpeakerView speakerOf(Quote quote) {
        if (quote.speakerName == null && quote.speakerEntity == null) {
            return null;
        }
        return new SpeakerView(quote.speakerName, idOf(quote.speakerEntity), quote.speakerDescription,
                idOf(quote.descriptionEntity), quote.mentionText, quote.mentionStart, quote.mentionEnd);
    }

    private static Long idOf(NamedEntity entity) {
        return entity == null ? null : entity.id;
    }
}
