package io.quotewire.query.service;

import io.quotewire.query.domain.ArticleRef;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.mapping.QuoteViewMapper;
import io.quotewire.query.persistence.IdPage;
import io.quotewire.query.persistence.Quote;
import io.quotewire.query.persistence.QuoteQueries;
import io.quotewire.query.persistence.QuoteQueries.QuoteMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Serves quotes across articles. */
@ApplicationScoped
public class QuoteReader {

    private final QuoteQueries queries;
    private final QuoteViewMapper mapper;

    public QuoteReader(QuoteQueries queries, QuoteViewMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    /** One page of matching quotes with their articles; with {@code about}, each says why it matched. */
    public Page<QuoteListItem> list(QuoteFilter filter, PageRequest page) {
        if (filter.about() != null) {
            IdPage<QuoteMatch> matches = queries.findAbout(filter, page);
            List<QuoteListItem> items = items(matches.ids().stream().map(match -> (Number) match.quoteId()).toList());
            return page.of(IntStream.range(0, items.size())
                    .mapToObj(i -> items.get(i).matching(matches.ids().get(i).match())).toList(), matches.total());
        }
        IdPage<Number> ids = queries.find(filter, page);
        return page.of(items(ids.ids()), ids.total());
    }

    /** Every quote the entity said. */
    public List<QuoteListItem> saidBy(long entityId) {
        return items(queries.saidBy(entityId));
    }

    private List<QuoteListItem> items(List<Number> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> longIds = ids.stream().map(Number::longValue).toList();
        Map<Long, Quote> byId = Quote.<Quote>list("from Quote q join fetch q.article left join fetch q.speakerEntity"
                        + " where q.id in ?1", longIds).stream()
                .collect(Collectors.toMap(quote -> quote.id, Function.identity()));
        Map<Long, List<ArticleRef>> alsoIn = repeatsOf(longIds);
        return longIds.stream().map(byId::get)
                .map(quote -> mapper.toListItem(quote, alsoIn.getOrDefault(quote.id, List.of()))).toList();
    }

    /** For each first occurrence, the other articles its speaker said it in, in the order they were stored. */
    private static Map<Long, List<ArticleRef>> repeatsOf(List<Long> firstOccurrences) {
        return Quote.<Quote>list("from Quote q join fetch q.article where q.duplicateOf in ?1 order by q.id",
                        firstOccurrences).stream()
                .collect(Collectors.groupingBy(quote -> quote.duplicateOf, Collectors.mapping(
                        quote -> new ArticleRef(quote.article.id, quote.article.title),
                        Collectors.collectingAndThen(Collectors.toList(), refs -> refs.stream().distinct().toList()))));
    }
}
