package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.ArticleFilter;
import io.quotewire.query.domain.ArticleSummary;
import io.quotewire.query.domain.EntityFilter;
import io.quotewire.query.domain.EntitySummary;
import io.quotewire.query.domain.Page;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.rest.QueryParameters;
import io.quotewire.query.service.ArticleReader;
import io.quotewire.query.service.EntityReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The home page {@code /}: the article list with its search box, entity and speaker filters and status badges. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class ArticleListPage {

    // Enough names to suggest in the filters without making the page heavy.
    private static final PageRequest SUGGESTIONS = new PageRequest(0, PageRequest.MAX_SIZE);

    private final ArticleReader articles;
    private final EntityReader entities;
    private final FailureReasons failureReasons;

    public ArticleListPage(ArticleReader articles, EntityReader entities, FailureReasons failureReasons) {
        this.articles = articles;
        this.entities = entities;
        this.failureReasons = failureReasons;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(ArticleSearch search, List<ArticleRow> rows, Pager pager,
                List<String> entityNames, List<String> speakerNames);
    }

    /** What the list was asked to show, echoed back into the form. */
    public record ArticleSearch(String q, String entity, String speaker, String status, String from, String to) {

        public boolean filtered() {
            return q != null || entity != null || speaker != null || status != null || from != null || to != null;
        }
    }

    @GET
    @Operation(summary = "The web page: articles, newest first, with search and filters")
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("entity") String entity,
            @QueryParam("speaker") String speaker, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        ArticleSearch search = new ArticleSearch(PageText.words(q), PageText.words(entity), PageText.words(speaker),
                ArticleStatuses.parse(status), PageText.words(from), PageText.words(to));
        Page<ArticleSummary> shown = articles.list(new ArticleFilter(search.q(), search.entity(), search.speaker(),
                ArticleStatuses.toStatus(search.status()), QueryParameters.dates(search.from(), search.to())),
                new PageRequest(PageText.pageNumber(page),
                PageRequest.DEFAULT_SIZE));
        Map<String, String> reasons = failureReasons.of(shown.items());
        List<ArticleRow> rows = shown.items().stream().map(a -> ArticleRow.of(a, reasons.get(a.id()))).toList();
        List<EntitySummary> known = entities.list(new EntityFilter(null, null), SUGGESTIONS).items();
        return Templates.articles(search, rows, Pager.of(shown, linkWithout(search)),
                known.stream().map(EntitySummary::canonicalName).sorted().toList(),
                known.stream().filter(e -> e.quoteCount() > 0).map(EntitySummary::canonicalName).sorted().toList());
    }

    private static String linkWithout(ArticleSearch search) {
        StringBuilder link = new StringBuilder("/?");
        appendParameter(link, "q", search.q());
        appendParameter(link, "entity", search.entity());
        appendParameter(link, "speaker", search.speaker());
        appendParameter(link, "status", search.status());
        appendParameter(link, "from", search.from());
        appendParameter(link, "to", search.to());
        return link.toString();
    }

    private static void appendParameter(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append(name).append('=').append(PageLinks.encode(value)).append('&');
        }
    }
}
