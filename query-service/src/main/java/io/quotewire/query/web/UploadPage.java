package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /ui/upload}: the upload form. The browser posts the files straight to ingest-service's
 * {@code POST /articles} (ingest allows this page's origin by CORS); query-service never handles an upload.
 */
@Path("/ui/upload")
@Blocking
@Tag(name = "Web page")
public class UploadPage {

    private final IngestServiceConfig ingest;

    public UploadPage(IngestServiceConfig ingest) {
        this.ingest = ingest;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String articlesUrl);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The web page to upload articles (posted to ingest-service directly)")
    public TemplateInstance form() {
        String base = ingest.url().toString().replaceAll("/+$", "");
        return Templates.upload(base + "/articles");
    }
}
