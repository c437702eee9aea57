package io.quotewire.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The two query-service calls the launcher needs: an article's status and the list of quotes. */
public final class QueryApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;

    public QueryApi(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The article's status ({@code processing}, {@code enriched}, {@code failed}); empty while it is unknown. */
    public Optional<String> status(String articleId) {
        HttpResponse<String> response = get("/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(response.body()).path("status").asText(null));
    }

    /** The first {@code size} quotes with their speakers, and how many there are in all. */
    public QuotePage quotes(int size) {
        HttpResponse<String> response = get("/quotes?size=" + size);
        if (response.statusCode() != 200) {
            throw new StackException("GET " + baseUrl + "/quotes answered HTTP " + response.statusCode());
        }
        JsonNode page = read(response.body());
        List<SpeakerQuote> quotes = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            JsonNode speaker = item.path("speaker");
            quotes.add(new SpeakerQuote(speaker.path("name").asText(null), speaker.path("description").asText(null),
                    item.path("text").asText(""), item.path("articleTitle").asText(null)));
        }
        return new QuotePage(quotes, page.path("total").asLong(quotes.size()));
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("query-service at " + baseUrl + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new StackException("query-service answered something that is not JSON: " + e.getMessage(), e);
        }
    }

    /** A page of quotes and the total number of quotes stored. */
    public record QuotePage(List<SpeakerQuote> quotes, long total) {}
}
