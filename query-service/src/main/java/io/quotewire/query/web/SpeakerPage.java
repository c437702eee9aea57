package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.domain.PageRequest;
import io.quotewire.query.domain.QuoteFilter;
import io.quotewire.query.domain.QuoteListItem;
import io.quotewire.query.service.ArticleReader;
import io.quotewire.query.service.QuoteReader;
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
 * {@code /ui/speakers?name=}: quotes by a speaker name, for speakers the NLP did not tie to an entity (those with
 * an entity link to {@code /ui/entities/{id}}).
 */
@Path("/ui/speakers")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Web page")
public class SpeakerPage {

    private static final PageRequest QUOTES = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QuoteReader quotes;
    private final ArticleReader articles;

    public SpeakerPage(QuoteReader quotes, ArticleReader articles) {
        this.quotes = quotes;
        this.articles = articles;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance speaker(String name, List<String> roles, List<QuoteRow> said,
                List<ArticleRow> articles);
    }

    @GET
    @Operation(summary = "The web page of a speaker by name")
    public TemplateInstance show(@QueryParam("name") String name) {
        String wanted = PageText.words(name);
        List<QuoteListItem> said = wanted == null ? List.of()
                : quotes.list(new QuoteFilter(wanted, null, null), QUOTES).items();
        List<String> quotedIn = said.stream().map(QuoteListItem::articleId).distinct().toList();
        List<String> roles = said.stream().map(quote -> quote.speaker() == null ? null : quote.speaker().description())
                .filter(role -> role != null && !role.isBlank()).distinct().toList();
        return Templates.speaker(wanted == null ? "" : wanted, roles, said.stream().map(QuoteRow::of).toList(),
                articles.summaries(quotedIn).stream().map(a -> ArticleRow.of(a, null)).toList());
    }
}
