package io.quotewire.query.rest;

import io.quotewire.query.service.ArticleReprocessor;
import io.quotewire.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /articles/{id}/reprocess}: sends a stored article (failed or enriched) through the NLP again. */
@Path("/articles/{id}/reprocess")
@Blocking
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReprocessResource {

    private final ArticleReprocessor reprocessor;

    public ReprocessResource(ArticleReprocessor reprocessor) {
        this.reprocessor = reprocessor;
    }

    @POST
    @Operation(summary = "Send a stored article through the NLP again (needs X-Api-Key once keys are set)",
            description = "The request is on articles.ingested when this answers; the article then shows "
                    + "processing, and enriched (with the current NLP) or failed once the NLP answers.")
    @APIResponse(responseCode = "202", description = "Queued: {id, status: queued, statusBefore, location}")
    @APIResponse(responseCode = "404", description = "No article with this id is stored")
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge; retry after Retry-After")
    public Response reprocess(@PathParam("id") String id) {
        String before = reprocessor.reprocess(id);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("status", "queued");
        answer.put("statusBefore", before);
        answer.put("location", "/articles/" + id);
        return Response.accepted(answer).type(MediaType.APPLICATION_JSON).build();
    }
}
