package io.quotewire.query.rest;

import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.service.QuoteReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quotes across articles, by speaker, by what they are about, and by their words. */
@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    private final QuoteReader reader;

    public QuoteResource(QuoteReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Quotes with their article id and title, newest article first, then in text order",
            description = "Each quote once: a quote its speaker said again (in a copy, or another article) is listed "
                    + "at its first occurrence, with the first 10 other articles in alsoIn and how many in alsoInTotal. "
                    + "total counts matches up to 1,000: "
                    + "past that it is 1000 and totalIsLowerBound is true (\"1000+\"); later pages are still served. "
                    + "With about, each item's match says why it is about the term (quote, reference, context), the "
                    + "list is ranked in that order and then newest article first; total is exact up to 4,000 ways of matching.")
    public Page<QuoteListItem> list(
            @Parameter(description = "Speaker name or a word of it (\"Maxwell\"), an alias, or the speaker's entity id")
                    @QueryParam("speaker") String speaker,
            @Parameter(description = "Words, an entity name or alias, or an entity id: quote = the quote's words name it "
                    + "(full text, or a name the article gives the entity: \"Kim\" for Kim Jong Un); "
                    + "reference = a pronoun inside the quote resolves to the entity; "
                    + "context = the paragraph before the quote, its own paragraph up to it "
                    + "or the rest of its sentence (the cue) names it") @QueryParam("about") String about,
            @Parameter(description = "Full-text query over the quote's words") @QueryParam("q") String q,
            @Parameter(description = "Articles published on or after this day (2019-10-01) or instant")
                    @QueryParam("from") String from,
            @Parameter(description = "Articles published up to this day (included) or before this instant")
                    @QueryParam("to") String to,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        QuoteFilter filter = new QuoteFilter(QueryParameters.words("speaker", speaker),
                QueryParameters.words("about", about), QueryParameters.words("q", q), QueryParameters.dates(from, to));
        return reader.list(filter, QueryParameters.page(page, size));
    }
}
