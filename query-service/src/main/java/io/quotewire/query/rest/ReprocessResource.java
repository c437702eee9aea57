package io.quotewire.query.rest;

import io.quotewire.query.messaging.ReprocessPublisher.BrokerUnavailableException;
import io.quotewire.query.service.ArticleReprocessor;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /articles/{id}/reprocess}: sends a stored (typically failed) article through the NLP again. */
@Path("/articles/{id}/reprocess")
@Blocking
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReprocessResource {

    private static final int RETRY_AFTER_SECONDS = 10;

    private final ArticleReprocessor reprocessor;

    public ReprocessResource(ArticleReprocessor reprocessor) {
        this.reprocessor = reprocessor;
    }

    @POST
    @Operation(summary = "Re-publish a stored article to articles.ingested (needs X-Api-Key once keys are set)")
    @APIResponse(responseCode = "202", description = "On the topic again; the article is processing")
    @APIResponse(responseCode = "404", description = "No article with this id is stored")
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge; retry after Retry-After")
    public Response reprocess(@PathParam("id") String id) {
        reprocessor.reprocess(id);
        return Response.accepted(Map.of("id", id, "status", "processing")).type(MediaType.APPLICATION_JSON).build();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        Problem problem = Problem.of("broker-unavailable", "The article could not be re-published", 503,
                "The message broker did not acknowledge the article; nothing changed. Try again later.");
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
