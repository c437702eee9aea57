package io.quotewire.query.mapping;

import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.domain.SpeakerView;
import io.quotewire.query.persistence.NamedEntity;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns stored quotes into the API's quote views, inside an article or in a list across articles. */
@ApplicationScoped
public class QuoteViewMapper {

    /** The quote as shown inside its article. */
    public QuoteView toView(Quote quote) {
        return new QuoteView(quote.id, quote.text, quote.start, quote.end, quote.kind, quote.cue, quote.confidence,
                speakerOf(quote));
    }

    /** The quote as shown in a list, with its article's id and title. */
    public QuoteListItem toListItem(Quote quote) {
        return new QuoteListItem(quote.id, quote.article.id, quote.article.title, quote.text, quote.start, quote.end,
                quote.kind, quote.cue, quote.confidence, speakerOf(quote), null);
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
