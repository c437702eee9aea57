package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.EntityDetail;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.service.EntityReader;
import io.quotewire.query.service.NotFoundException;
import io.quotewire.query.service.QuoteReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code /ui/entities/{id}}: a speaker or any entity, every quote it said, quotes about it, the articles naming it. */
@Path("/ui/entities")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class EntityPage {

    private static final PageRequest QUOTES_ABOUT = new PageRequest(0, PageRequest.MAX_SIZE);

    private final EntityReader entities;
    private final QuoteReader quotes;

    public EntityPage(EntityReader entities, QuoteReader quotes) {
        this.entities = entities;
        this.quotes = quotes;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entity(EntityDetail entity, String typeClass, List<String> roles,
                List<QuoteRow> said, List<QuoteRow> about, List<ArticleRow> articles);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The web page of an entity or speaker")
    public TemplateInstance show(@PathParam("id") String id) {
        EntityDetail entity = entities.get(parseId(id));
        List<QuoteListItem> about = quotes.list(new QuoteFilter(null, String.valueOf(entity.id()), null),
                QUOTES_ABOUT).items().stream()
                // Said by the entity already shows above; "about" lists what others said of it.
                .filter(quote -> quote.speaker() == null || !Objects.equals(quote.speaker().entityId(), entity.id()))
                .toList();
        List<String> roles = entity.quotes().stream()
                .map(quote -> quote.speaker() == null ? null : quote.speaker().description())
                .filter(role -> role != null && !role.isBlank()).distinct().toList();
        return Templates.entity(entity, ArticleMarkup.typeClass(entity.type()), roles,
                entity.quotes().stream().map(QuoteRow::of).toList(), about.stream().map(QuoteRow::of).toList(),
                entity.articles().stream().map(a -> ArticleRow.of(a, null)).toList());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ErrorPage.of(404, "No such entity", e.getMessage());
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no entity with id " + id + "; entity ids are whole numbers.");
        }
    }
}
