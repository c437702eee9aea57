package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.SearchHit;
import io.quotewire.query.service.EntityReader;
import io.quotewire.query.service.SearchReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /ui/search?q=}: full-text search over articles and quotes, and the people and places so named. */
@Path("/ui/search")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class SearchPage {

    private static final PageRequest ENTITY_MATCHES = new PageRequest(0, 12);

    private final SearchReader search;
    private final EntityReader entities;

    public SearchPage(SearchReader search, EntityReader entities) {
        this.search = search;
        this.entities = entities;
    }

    /** A search result: an article or a quote, with a snippet whose article text is already escaped. */
    public record HitRow(String kind, String link, String articleTitle, String speakerName, String snippetHtml) {

        static HitRow of(SearchHit hit) {
            String link = hit.quoteId() == null ? PageLinks.article(hit.articleId())
                    : PageLinks.quote(hit.articleId(), hit.quoteId());
            return new HitRow(hit.kind(), link, hit.articleTitle(), hit.speakerName(), hit.snippet());
        }
    }

    /** An entity whose name matches the query. */
    public record EntityMatch(String name, String type, String typeClass, String link, long quoteCount) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, List<HitRow> hits, List<EntityMatch> entities, Pager pager);
    }

    @GET
    @Operation(summary = "The web page of a full-text search")
    public TemplateInstance show(@QueryParam("q") String q, @QueryParam("page") String page) {
        String query = PageText.words(q);
        if (query == null) {
            return Templates.search("", List.of(), List.of(), null);
        }
        Page<SearchHit> hits = search.search(query,
                new PageRequest(PageText.pageNumber(page), PageRequest.DEFAULT_SIZE));
        List<EntityMatch> named = entities.list(new EntityFilter(null, query), ENTITY_MATCHES).items().stream()
                .map(SearchPage::match).toList();
        return Templates.search(query, hits.items().stream().map(HitRow::of).toList(), named,
                Pager.of(hits, "/ui/search?q=" + PageLinks.encode(query) + "&"));
    }

    private static EntityMatch match(EntitySummary entity) {
        return new EntityMatch(entity.canonicalName(), entity.type(), ArticleMarkup.typeClass(entity.type()),
                PageLinks.entity(entity.id()), entity.quoteCount());
    }
}
