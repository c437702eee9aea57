package io.quotewire.query.rest;

import io.quotewire.query.domain.ArticleDetail;
import io.quotewire.query.domain.ArticleFilter;
import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.service.ArticleReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: the list with full-text, entity and speaker filters, and one article with its entities and quotes. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleReader reader;

    public ArticleResource(ArticleReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Articles, newest first")
    public Page<ArticleSummary> list(
            @Parameter(description = "Full-text query over title and text (web search syntax)") @QueryParam("q") String q,
            @Parameter(description = "Canonical name, alias or id of an entity the article names")
                    @QueryParam("entity") String entity,
            @Parameter(description = "Name, part of a name, alias or entity id of someone quoted in the article")
                    @QueryParam("speaker") String speaker,
            @Parameter(description = "processing, failed or enriched") @QueryParam("status") String status,
            @Parameter(description = "Published (else received) on or after this day (2019-10-01) or instant")
                    @QueryParam("from") String from,
            @Parameter(description = "Published (else received) up to this day (included) or before this instant")
                    @QueryParam("to") String to,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        ArticleFilter filter = new ArticleFilter(QueryParameters.words("q", q), QueryParameters.words("entity", entity),
                QueryParameters.words("speaker", speaker), QueryParameters.status(status),
                QueryParameters.dates(from, to));
        return reader.list(filter, QueryParameters.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its entity mentions and quotes; offsets index its text")
    public ArticleDetail get(@PathParam("id") String id) {
        return reader.get(id);
    }
}
