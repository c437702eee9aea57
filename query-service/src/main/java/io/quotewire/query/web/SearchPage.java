package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.domain.SearchHit;
import io.quotewire.query.service.EntityReader;
import io.quotewire.query.service.QuoteReader;
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

/**
 * {@code /ui/search?q=}: full-text search over articles and quotes, the people and places so named, and the quotes
 * about the words (as {@code GET /quotes?about=} finds them).
 */
@Path("/ui/search")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class SearchPage {

    private static final PageRequest ENTITY_MATCHES = new PageRequest(0, 12);
    private static final PageRequest QUOTED_ABOUT = new PageRequest(0, 10);

    private final SearchReader search;
    private final EntityReader entities;
    private final QuoteReader quotes;

    public SearchPage(SearchReader search, EntityReader entities, QuoteReader quotes) {
        this.search = search;
        this.entities = entities;
        this.quotes = quotes;
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
        static native TemplateInstance search(String q, List<HitRow> hits, List<EntityMatch> entities, Pager pager,
                List<QuoteRow> about, long aboutTotal, String aboutLink);
    }

    @GET
    @Operation(summary = "The web page of a full-text search")
    public TemplateInstance show(@QueryParam("q") String q, @QueryParam("page") String page) {
        String query = PageText.words(q);
        if (query == null) {
            return Templates.search("", List.of(), List.of(), null, List.of(), 0, null);
        }
        Page<SearchHit> hits = search.search(query,
                new PageRequest(PageText.pageNumber(page), PageRequest.DEFAULT_SIZE));
        List<EntityMatch> named = entities.list(new EntityFilter(null, query), ENTITY_MATCHES).items().stream()
                .map(SearchPage::match).toList();
        // "Quoted about" means what GET /quotes?about= means (the entity page's "quotes about it" too).
        Page<QuoteListItem> about = hits.page() == 0 ? quotes.list(new QuoteFilter(null, query, null), QUOTED_ABOUT)
                : QUOTED_ABOUT.of(List.of(), 0);
        return Templates.search(query, hits.items().stream().map(HitRow::of).toList(), named,
                Pager.of(hits, "/ui/search?q=" + PageLinks.encode(query) + "&"),
                about.items().stream().map(QuoteRow::of).toList(), about.total(), PageLinks.quotesAbout(query));
    }

    private static EntityMatch match(EntitySummary entity) {
        return new EntityMatch(entity.canonicalName(), entity.type(), ArticleMarkup.typeClass(entity.type()),
                PageLinks.entity(entity.id()), entity.quoteCount());
    }
}
