package io.quotewire.query.rest;

import io.quotewire.query.domain.EntityDetail;
import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.service.EntityReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Canonical entities merged across articles: the list with counts, and one entity's articles and quotes. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityResource {

    private final EntityReader reader;

    public EntityResource(EntityReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Entities with their article, mention and quote counts, the most widely named first")
    public Page<EntitySummary> list(
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION, … (case-insensitive)") @QueryParam("type")
                    String type,
            @Parameter(description = "Words the canonical name or an alias starts with (\"kim\" finds every Kim)")
                    @QueryParam("q") String q,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        EntityFilter filter = new EntityFilter(QueryParameters.optional(type), QueryParameters.words("q", q));
        return reader.list(filter, QueryParameters.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity with its aliases, the articles it appears in and the quotes it said")
    public EntityDetail get(@PathParam("id") String id) {
        return reader.get(QueryParameters.id("id", id));
    }
}
