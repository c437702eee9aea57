package io.quotewire.nlp.rest;

import io.quotewire.contracts.ArticleText;
import io.quotewire.engine.model.Enrichment;
import io.quotewire.engine.model.TextAnalysis;
import io.quotewire.engine.dates.Dateline;
import io.quotewire.engine.events.EnrichedArticleMapper;
import io.quotewire.nlp.service.BudgetedEnricher;
import io.quotewire.support.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /enrich}: the NLP alone, synchronously, for people who want to try it on a text. */
@Path("/enrich")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EnrichResource {

    private final BudgetedEnricher enricher;

    // The same time budget as the Kafka path, so one huge text cannot hold an HTTP worker for minutes.
    EnrichResource(BudgetedEnricher enricher) {
        this.enricher = enricher;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Entities and attributed quotes of a plain text")
    public EnrichResponse enrichText(String text) {
        String visible = visible(text == null ? "" : ArticleText.normalise(text));
        return respond(enricher.enrich(visible, Dateline.find(visible).orElse(null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entities and attributed quotes of a JSON article {title?, text, publishedAt?}")
    public EnrichResponse enrichJson(@Valid @NotNull(message = "a JSON body {\"text\": …} is required") EnrichRequest request) {
        String visible = visible(ArticleText.normalise(request.text()));
        LocalDate published = request.publishedAt() == null ? Dateline.find(visible).orElse(null)
                : request.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return respond(enricher.enrich(visible, published));
    }

    /** The text itself, unless nothing in it is visible (blank, NBSP, zero-width): then a 422 problem. */
    private static String visible(String text) {
        if (!ArticleText.hasVisibleText(text)) {
            throw new ProblemException(NlpProblem.EMPTY_TEXT,
                    "The text is empty or only white space and invisible characters; send the words to analyse.");
        }
        return text;
    }

    private static EnrichResponse respond(Enrichment enrichment) {
        TextAnalysis analysis = enrichment.analysis();
        return new EnrichResponse(
                EnrichedArticleMapper.entities(analysis),
                EnrichedArticleMapper.mentions(analysis),
                EnrichedArticleMapper.quotes(analysis),
                EnrichedArticleMapper.nlpInfo(enrichment));
    }
}
