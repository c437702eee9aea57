package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quotewire.query.rest.Problem;
import io.quotewire.query.web.IngestForwarder.IngestAnswer;
import io.quotewire.query.web.IngestForwarder.IngestUnavailableException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code /ui/upload}: the upload form, and the same-origin proxy it posts to, so the browser never needs CORS to
 * reach the ingest-service.
 */
@Path("/ui/upload")
@Blocking
@Tag(name = "Web page")
public class UploadPage {

    private final IngestForwarder forwarder;

    public UploadPage(IngestForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The web page to upload articles")
    public TemplateInstance form() {
        return Templates.upload();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Forwards 'file' parts (and 'source') to the ingest-service; answers what ingest answered")
    public Response upload(@RestForm("file") List<FileUpload> files, @RestForm("source") String source,
            @HeaderParam(IngestForwarder.API_KEY_HEADER) String apiKey) {
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.fileName() != null && !file.fileName().isBlank()).toList();
        if (chosen.isEmpty()) {
            return problem(Problem.of("no-files", "No files", 400,
                    "Choose at least one file to upload; the form sends them as parts named 'file'."));
        }
        IngestAnswer answer = forwarder.forward(chosen, source, apiKey);
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }

    @ServerExceptionMapper
    public Response ingestUnavailable(IngestUnavailableException e) {
        return problem(Problem.of("ingest-unavailable", "Ingest service unavailable", 502, e.getMessage()));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
