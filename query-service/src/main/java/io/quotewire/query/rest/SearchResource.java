package io.quotewire.query.rest;

import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.SearchHit;
import io.quotewire.query.service.SearchReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over articles and quotes together. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final SearchReader reader;

    public SearchResource(SearchReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Articles and quotes matching q, best ranked first, with highlighted snippets",
            description = "Ranking is bounded: it covers the first 200 matching articles and the first 200 matching "
                    + "quotes the full-text indexes yield. total is the number of those hits (what can be paged "
                    + "through); totalIsLowerBound is true when more articles or quotes match than were ranked, "
                    + "so a more specific query may find others.")
    public Page<SearchHit> search(
            @Parameter(description = "Web search syntax: words, \"a phrase\", -excluded, or", required = true)
                    @QueryParam("q") String q,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        String query = QueryParameters.required("q", q);
        QueryParameters.words("q", query);
        return reader.search(query, QueryParameters.page(page, size));
    }
}
