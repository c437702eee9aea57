package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.ArticleDetail;
import io.quotewire.query.service.ArticleReader;
import io.quotewire.query.service.NotFoundException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code /ui/articles/{id}}: one article, its quotes linked to their speakers, mentions coloured by type. */
@Path("/ui/articles")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class ArticlePage {

    private final ArticleReader articles;

    public ArticlePage(ArticleReader articles) {
        this.articles = articles;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleDetail article, String byline, String original, String received,
                String enriched, String textHtml, List<QuotedSpeaker> speakers, List<EntityGroup> entityGroups);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The web page of one article")
    public TemplateInstance show(@PathParam("id") String id) {
        ArticleDetail article = articles.get(id);
        return Templates.article(article, Byline.of(article.author(), article.siteName(), article.publishedAt()),
                Byline.webAddress(article.url()), PageText.instant(article.receivedAt()),
                PageText.instant(article.enrichedAt()), ArticleMarkup.toHtml(article),
                QuotedSpeakers.of(article.quotes()), EntityGroup.of(article.entities()));
    }

    // Class-local, so the JSON API keeps answering problem JSON for the same exception.
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ErrorPage.of(404, "No such article", e.getMessage());
    }
}
