package io.quotewire.query.service;

import io.quotewire.query.domain.ArticleDetail;
import io.quotewire.query.domain.ArticleFilter;
import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.mapping.ArticleViewMapper;
import io.quotewire.query.persistence.Article;
import io.quotewire.query.persistence.ArticleQueries;
import io.quotewire.query.persistence.IdPage;
import io.quotewire.query.persistence.Mention;
import io.quotewire.query.persistence.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Serves the article list and article pages. */
@ApplicationScoped
public class ArticleReader {

    private final ArticleQueries queries;
    private final ArticleViewMapper mapper;

    public ArticleReader(ArticleQueries queries, ArticleViewMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    /** One page of matching articles, newest first. */
    public Page<ArticleSummary> list(ArticleFilter filter, PageRequest page) {
        IdPage<String> ids = queries.find(filter, page);
        return page.of(summaries(ids.ids()), ids.total());
    }

    /** The article with its mentions and quotes; {@link NotFoundException} when there is none with this id. */
    public ArticleDetail get(String id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("There is no article with id " + id + ".");
        }
        List<Mention> mentions = Mention.list(
                "from Mention m left join fetch m.entity where m.articleId = ?1 order by m.start, m.end, m.id", id);
        List<Quote> quotes = Quote.list("from Quote q left join fetch q.speakerEntity"
                + " where q.article.id = ?1 order by q.start, q.id", id);
        List<Long> repeatedFrom = quotes.stream().map(quote -> quote.duplicateOf).filter(Objects::nonNull).toList();
        Map<Long, ArticleRef> firstSaidIn = new HashMap<>();
        if (!repeatedFrom.isEmpty()) {
            Map<Long, ArticleRef> byFirst = Quote.<Quote>list("from Quote q join fetch q.article where q.id in ?1",
                    repeatedFrom).stream().collect(Collectors.toMap(quote -> quote.id, quote -> refTo(quote.article)));
            quotes.stream().filter(quote -> quote.duplicateOf != null && byFirst.containsKey(quote.duplicateOf))
                    .forEach(quote -> firstSaidIn.put(quote.id, byFirst.get(quote.duplicateOf)));
        }
        Article original = article.copyOf == null ? null : Article.findById(article.copyOf);
        List<ArticleRef> copies = Article.<Article>list("copyOf = ?1 order by receivedAt, id", id).stream()
                .map(ArticleReader::refTo).toList();
        return mapper.toDetail(article, mentions, quotes, firstSaidIn, original == null ? null : refTo(original),
                copies);
    }

    private static ArticleRef refTo(Article article) {
        return new ArticleRef(article.id, article.title);
    }

    /** Summaries of the articles with these ids, in the order given. */
    public List<ArticleSummary> summaries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Article> byId = Article.<Article>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(article -> article.id, Function.identity()));
        return ids.stream().map(byId::get).map(mapper::toSummary).toList();
    }
}
