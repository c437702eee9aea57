package io.quotewire.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotewire.support.multipart.MultipartBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** ingest-service's {@code POST /articles}, as JSON (corpus articles) and as a multipart file (small files). */
public final class IngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI articles;
    private final String apiKey;

    /** @param apiKey sent as {@code X-Api-Key} on every write; null sends none */
    public IngestClient(String ingestUrl, String apiKey) {
        this.articles = URI.create(ingestUrl + "/articles");
        this.apiKey = apiKey;
    }

    /** The key {@code ./quotewire up} keeps in {@code file}; {@code $QUOTEWIRE_API_KEY} wins; null when neither. */
    public static String apiKey(Path file) {
        String fromEnvironment = System.getenv("QUOTEWIRE_API_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API key file " + file, e);
        }
    }

    /** Posts {title, text, source}; answers the HTTP status and the article id ingest gave it (null if none). */
    public Posted postJson(String title, String text, String source) {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("text", text).put("source", source);
        HttpRequest request = writeTo(articles)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return posted(Http.send(request));
    }

    /**
     * Posts plain-text files (name → content) in one request, each as a multipart part {@code file}, as
     * {@code ./quotewire ingest} does; answers how many ingest accepted.
     */
    public Batch postFiles(Map<String, String> files) {
        MultipartBody body = new MultipartBody();
        files.forEach((name, text) -> body.file("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = writeTo(articles)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(body.publisher())
                .build();
        HttpResponse<String> response = Http.send(request);
        if (response.statusCode() != 202) {
            return new Batch(response.statusCode(), 0);
        }
        try {
            int accepted = 0;
            for (JsonNode outcome : JSON.readTree(response.body())) {
                accepted += "accepted".equals(outcome.path("status").asText()) ? 1 : 0;
            }
            return new Batch(202, accepted);
        } catch (IOException e) {
            throw new UncheckedIOException("ingest-service answered 202 with a body that is not JSON", e);
        }
    }

    private HttpRequest.Builder writeTo(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        return apiKey == null ? builder : builder.header("X-Api-Key", apiKey);
    }

    private static Posted posted(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            return new Posted(response.statusCode(), null, null);
        }
        try {
            JsonNode first = JSON.readTree(response.body()).path(0);
            return new Posted(202, first.path("id").asText(null), first.path("status").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException("ingest-service answered 202 with a body that is not JSON", e);
        }
    }

    /** ingest's answer to a request of several files: HTTP status and how many files it accepted. */
    public record Batch(int httpStatus, int accepted) {}

    /** ingest's answer: HTTP status, article id and per-document status ({@code accepted}, {@code duplicate}). */
    public record Posted(int httpStatus, String articleId, String documentStatus) {

        public boolean accepted() {
            return httpStatus == 202 && "accepted".equals(documentStatus);
        }
    }
}
