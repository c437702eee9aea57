package io.quotewire.query.mapping;

import io.quotewire.query.domain.ArticleDetail;
import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.MentionView;
import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Turns stored articles and their mentions and quotes into the API's article views. */
@ApplicationScoped
public class ArticleViewMapper {

    private final QuoteViewMapper quoteMapper;

    public ArticleViewMapper(QuoteViewMapper quoteMapper) {
        this.quoteMapper = quoteMapper;
    }

    /** The list row of an article. */
    public ArticleSummary toSummary(Article article) {
        return new ArticleSummary(article.id, article.title, article.source, article.receivedAt,
                article.status.apiName(), article.entityCount, article.quoteCount, article.author, article.siteName,
                article.publishedAt, article.copyOf);
    }

    /**
     * The whole article with its mentions and quotes, both in text order.
     *
     * @param firstSaidIn for each repeated quote's id, the article where it was first said
     */
    public ArticleDetail toDetail(Article article, List<Mention> mentions, List<Quote> quotes,
            Map<Long, ArticleRef> firstSaidIn, ArticleRef copyOf, List<ArticleRef> copies) {
        List<MentionView> mentionViews = mentions.stream().map(this::toView).toList();
        List<QuoteView> quoteViews = quotes.stream()
                .map(quote -> quoteMapper.toView(quote, firstSaidIn.get(quote.id))).toList();
        return new ArticleDetail(article.id, article.title, article.text, article.source, article.fileName,
                article.author, article.siteName, article.url, article.publishedAt, article.status.apiName(),
                article.error, article.receivedAt, article.enrichedAt, mentionViews, quoteViews, copyOf,
                copyOf == null ? null : article.copySimilarity, copies);
    }

    private MentionView toView(Mention mention) {
        Long entityId = mention.entity == null ? null : mention.entity.id;
        String canonicalName = mention.entity == null ? null : mention.entity.canonicalName;
        return new MentionView(mention.text, mention.type, mention.start, mention.end, entityId, canonicalName,
                mention.value);
    }
}
