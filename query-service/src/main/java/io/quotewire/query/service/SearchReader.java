package io.quotewire.query.service;

import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.SearchHit;
import io.quotewire.query.mapping.SearchHitMapper;
import io.quotewire.query.persistence.SearchQueries;
import jakarta.enterprise.context.ApplicationScoped;

/** Serves full-text search over articles and quotes. */
@ApplicationScoped
public class SearchReader {

    private final SearchQueries queries;
    private final SearchHitMapper mapper;

    public SearchReader(SearchQueries queries, SearchHitMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    /** One page of articles and quotes matching {@code q} (websearch syntax), best ranked first. */
    public Page<SearchHit> search(String q, PageRequest page) {
        return page.of(queries.hits(q, page).stream().map(mapper::toHit).toList(), queries.total(q));
    }
}
