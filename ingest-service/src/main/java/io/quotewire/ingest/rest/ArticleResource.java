package io.quotewire.ingest.rest;

import io.quotewire.ingest.config.IngestConfig;
import io.quotewire.ingest.domain.DeclaredFacts;
import io.quotewire.ingest.domain.FileNames;
import io.quotewire.support.problem.ProblemException;
import io.quotewire.ingest.domain.IngestProblem;
import io.quotewire.ingest.domain.Upload;
import io.quotewire.ingest.service.ArticleIngestor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /articles}: files or a JSON article in, one outcome per document out (202 once the broker has them). */
@Path("/articles")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class ArticleResource {

    private final ArticleIngestor ingestor;
    private final IngestConfig config;

    public ArticleResource(ArticleIngestor ingestor, IngestConfig config) {
        this.ingestor = ingestor;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Ingest one or more files (text, Markdown, HTML, PDF, DOCX, DOC, ODT, RTF, EPUB, EML, MSG)"
            + " sent as 'file' parts; optional form fields 'source' and 'publishedAt' (a day or an instant) apply to"
            + " every file")
    @APIResponse(responseCode = "202", description = "At least one file accepted or a duplicate; one entry per file")
    @APIResponse(responseCode = "413", description = "File, text or file count over the configured limits")
    @APIResponse(responseCode = "415", description = "Not a supported document type")
    @APIResponse(responseCode = "422", description = "Empty, unreadable or encrypted document")
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge; retry after Retry-After seconds")
    public Response ingestFiles(@RestForm("file") List<FileUpload> files, @RestForm("source") String source,
            @RestForm("publishedAt") String publishedAt) {
        if (files == null || files.isEmpty()) {
            throw new ProblemException(IngestProblem.NO_FILES, "Send the documents as multipart parts named 'file'.");
        }
        if (files.size() > config.ingest().maxFiles()) {
            throw new ProblemException(IngestProblem.TOO_MANY_FILES, "The request has " + files.size()
                    + " files; send at most " + config.ingest().maxFiles() + " per request.");
        }
        DeclaredFacts declared = DeclaredFacts.ofUpload(source, publicationDay(publishedAt));
        ingestor.checkDeclared(declared);
        List<Upload> uploads = files.stream()
                .map(file -> new Upload(FileNames.sanitise(file.fileName()), file.uploadedFile(), file.size()))
                .toList();
        return IngestResponses.of(ingestor.ingestFiles(uploads, declared));
    }

    /** The form field {@code publishedAt}: an instant, or a day (midnight UTC); blank is none, anything else a 400. */
    private static Instant publicationDay(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(IngestProblem.INVALID_ARTICLE, "publishedAt must be a day such as 2019-10-07 "
                    + "or an instant such as 2019-10-07T09:00:00Z, not " + value.strip() + ".");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article given as JSON {title?, text, source?, url?, publishedAt?}")
    @APIResponse(responseCode = "202", description = "Accepted or a duplicate; a one-element array")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a field of the wrong type or too long, no text")
    @APIResponse(responseCode = "413", description = "Text over the configured limit")
    @APIResponse(responseCode = "422", description = "Nothing visible in the text, or a character that cannot be stored")
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge; retry after Retry-After seconds")
    public Response ingestJson(ArticleSubmission submission) {
        if (submission == null || submission.text() == null) {
            throw new ProblemException(IngestProblem.INVALID_ARTICLE, "text is required: send {\"text\": \"…\"}.");
        }
        return IngestResponses.of(List.of(ingestor.ingestText(submission.text(), submission.declared())));
    }
}
