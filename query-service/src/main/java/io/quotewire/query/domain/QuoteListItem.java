package io.quotewire.query.domain;

import java.util.List;

/**
 * A quote in a list across articles, with the article it comes from (its first occurrence) and the other articles
 * the same speaker said it in.
 *
 * @param alsoIn the first few other articles the speaker said it in, in the order they were stored
 * @param alsoInTotal how many other articles the speaker said it in (more than {@code alsoIn} lists when many)
 * @param match why the quote answers {@code about=}: {@code quote}, {@code reference} or {@code context}
 *     ({@link AboutMatch}); null when the list was not asked what it is about
 */
public record QuoteListItem(
        long id,
        String articleId,
        String articleTitle,
        String text,
        int start,
        int end,
        String kind,
        String cue,
        double confidence,
        SpeakerView speaker,
        List<ArticleRef> alsoIn,
        int alsoInTotal,
        String match) {

    /** The same quote, answering {@code about=} for {@code reason}. */
    public QuoteListItem matching(AboutMatch reason) {
        return new QuoteListItem(id, articleId, articleTitle, text, start, end, kind, cue, confidence, speaker, alsoIn,
                alsoInTotal, reason.apiName());
    }
}
