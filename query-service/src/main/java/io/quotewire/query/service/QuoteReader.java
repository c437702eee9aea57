package io.quotewire.query.service;

import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.mapping.QuoteViewMapper;
import io.quotewire.query.persistence.IdPage;
import io.quotewire.query.persistence.Quote;
import io.quotewire.query.persistence.QuoteAlsoIn;
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

    private static final QuoteAlsoIn.Repeats NOT_REPEATED = new QuoteAlsoIn.Repeats(List.of(), 0);

    private final QuoteQueries queries;
    private final QuoteAlsoIn repeats;
    private final QuoteViewMapper mapper;

    public QuoteReader(QuoteQueries queries, QuoteAlsoIn repeats, QuoteViewMapper mapper) {
        this.queries = queries;
        this.repeats = repeats;
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
        Map<Long, QuoteAlsoIn.Repeats> alsoIn = repeats.of(longIds);
        return longIds.stream().map(byId::get)
                .map(quote -> mapper.toListItem(quote, alsoIn.getOrDefault(quote.id, NOT_REPEATED))).toList();
    }
}
