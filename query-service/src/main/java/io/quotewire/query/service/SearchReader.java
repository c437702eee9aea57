package io.quotewire.query.service;

import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.SearchHit;
import io.quotewire.query.domain.Total;
import io.quotewire.query.mapping.SearchHitMapper;
import io.quotewire.query.persistence.SearchQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Serves full-text search over articles and quotes. */
@ApplicationScoped
public class SearchReader {

    private final SearchQueries queries;
    private final SearchHitMapper mapper;

    public SearchReader(SearchQueries queries, SearchHitMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    /**
     * One page of articles and quotes matching {@code q} (websearch syntax), best ranked first among the first
     * {@link SearchQueries#CANDIDATES} matching articles and as many quotes; {@code total} counts those.
     */
    public Page<SearchHit> search(String q, PageRequest page) {
        List<Object[]> rows = queries.hits(q, page);
        Total total;
        if (!rows.isEmpty()) {
            total = queries.total(rows.get(0));
        } else {
            total = page.page() == 0 ? new Total(0, false) : queries.total(q);
        }
        return page.of(rows.stream().map(mapper::toHit).toList(), total);
    }
}
