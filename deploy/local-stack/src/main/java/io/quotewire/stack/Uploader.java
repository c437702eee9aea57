package io.quotewire.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Uploads one file at a time to ingest-service's {@code POST /articles} as a multipart {@code file} part. */
public final class Uploader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI articlesEndpoint;
    private final String apiKey;

    public Uploader(HttpClient http, String ingestUrl) {
        this(http, ingestUrl, null);
    }

    /** @param apiKey sent as {@code X-Api-Key}; null sends none */
    public Uploader(HttpClient http, String ingestUrl, String apiKey) {
        this.http = http;
        this.articlesEndpoint = URI.create(ingestUrl.replaceAll("/+$", "") + "/articles");
        this.apiKey = apiKey;
    }

    /** Posts the file; a refused file is an outcome, an unreachable ingest-service is a {@link StackException}. */
    public UploadOutcome upload(Path file) {
        try {
            MultipartBody body = new MultipartBody(file);
            HttpRequest.Builder request = HttpRequest.newBuilder(articlesEndpoint)
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", body.contentType())
                    .header("Accept", "application/json")
                    .POST(body.publisher());
            if (apiKey != null) {
                request.header("X-Api-Key", apiKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return outcome(file, response.statusCode(), response.body());
        } catch (ConnectException e) {
            throw new StackException("Nothing answers at " + articlesEndpoint
                    + ". Is the stack running? Start it with ./quotewire up (or pass --url).", e);
        } catch (IOException e) {
            return UploadOutcome.rejected(file, "could not upload: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while uploading " + file, e);
        }
    }

    static UploadOutcome outcome(Path file, int status, String body) {
        JsonNode json = parse(body);
        if (status == 202 || status == 200 || status == 201) {
            JsonNode first = json.isArray() && !json.isEmpty() ? json.get(0) : json;
            boolean duplicate = "duplicate".equalsIgnoreCase(first.path("status").asText());
            return new UploadOutcome(file, duplicate ? UploadOutcome.Kind.DUPLICATE : UploadOutcome.Kind.ACCEPTED,
                    first.path("id").asText(null), first.path("location").asText(null), null);
        }
        String detail = json.path("detail").asText(json.path("title").asText(""));
        return UploadOutcome.rejected(file, "HTTP " + status + (detail.isBlank() ? "" : ": " + detail));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
