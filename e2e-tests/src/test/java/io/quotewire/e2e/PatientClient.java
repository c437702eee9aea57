package io.quotewire.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Posts articles to ingest as a patient client does: while ingest is down (connection refused) or answers 503
 * (broker unavailable), it waits and tries again, up to a deadline; any other answer is final.
 */
final class PatientClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String ingestUrl;
    private final String apiKey;

    PatientClient(String ingestUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /** What ingest finally answered: its status, the article id when it was accepted, and how many tries it took. */
    record Answer(int status, String id, String body, int tries) {

        boolean accepted() {
            return status == 202 && id != null;
        }
    }

    /** Posts {@code {"title", "text"}} as JSON. */
    Answer postJson(String title, String text) {
        try {
            return post("application/json", JSON.writeValueAsString(Map.of("title", title, "text", text)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts {@code body} as it is, with {@code contentType}. */
    Answer post(String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/articles"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Instant deadline = Instant.now().plus(GIVE_UP);
        int tries = 0;
        while (true) {
            tries++;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || Instant.now().isAfter(deadline)) {
                    return new Answer(response.statusCode(), idOf(response), response.body(), tries);
                }
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("ingest did not answer for " + GIVE_UP + ": " + e, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
    }

    private static String idOf(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 202) {
            return null;
        }
        JsonNode answer = JSON.readTree(response.body());
        return answer.isArray() && answer.size() == 1 ? answer.get(0).path("id").asText(null) : null;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
