package io.quotewire.query.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Sends the upload form's files on to the ingest-service's {@code POST /articles} and hands back its answer. */
@ApplicationScoped
public class IngestForwarder {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final IngestServiceConfig config;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IngestForwarder(IngestServiceConfig config) {
        this.config = config;
    }

    /** What ingest answered: its status, content type and body, passed on unchanged. */
    public record IngestAnswer(int status, String contentType, String body) {}

    /** Thrown when ingest could not be reached or did not answer in time. */
    public static class IngestUnavailableException extends RuntimeException {
        IngestUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Forwards {@code files} (and {@code source} and the API key when given) as one multipart request. */
    public IngestAnswer forward(List<FileUpload> files, String source, String apiKey) {
        MultipartForm form = new MultipartForm();
        for (FileUpload file : files) {
            form.file("file", file.fileName(), file.contentType(), file.uploadedFile());
        }
        if (source != null && !source.isBlank()) {
            form.field("source", source.strip());
        }
        URI target = articlesUri();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(config.timeout())
                .header("Content-Type", form.contentType())
                .header("Accept", "application/json, application/problem+json")
                .POST(form.publisher());
        if (apiKey != null && !apiKey.isBlank()) {
            request.header(API_KEY_HEADER, apiKey.strip());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new IngestAnswer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
        } catch (HttpTimeoutException e) {
            throw new IngestUnavailableException("The ingest-service at " + target + " did not answer within "
                    + config.timeout().toSeconds() + " s.", e);
        } catch (IOException e) {
            throw new IngestUnavailableException("The ingest-service at " + target + " could not be reached ("
                    + e.getClass().getSimpleName() + "). Is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestUnavailableException("The upload was interrupted.", e);
        }
    }

    private URI articlesUri() {
        String base = config.url().toString();
        return URI.create(base.endsWith("/") ? base + "articles" : base + "/articles");
    }
}
