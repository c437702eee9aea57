package io.quotewire.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotewire.support.multipart.MultipartBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Uploads files to ingest-service's {@code POST /articles}, several as one multipart request, and never drops one:
 * a 429 or 503 is waited out (its {@code Retry-After}, else a doubling backoff) and the same files sent again.
 */
// A loop of our own rather than SmallRye Fault Tolerance: this is a plain-Java command line without CDI, and the wait
// is what the server says in Retry-After, which a fixed or exponential @Retry delay cannot follow.
public final class Uploader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sending again is safe: ids come from the text, so a file that did get through answers "duplicate". */
    static final int ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI articlesEndpoint;
    private final String apiKey;
    private final Sleeper sleeper;

    public Uploader(HttpClient http, String ingestUrl) {
        this(http, ingestUrl, null);
    }

    /** @param apiKey sent as {@code X-Api-Key}; null sends none */
    public Uploader(HttpClient http, String ingestUrl, String apiKey) {
        this(http, ingestUrl, apiKey, Pause::of);
    }

    Uploader(HttpClient http, String ingestUrl, String apiKey, Sleeper sleeper) {
        this.http = http;
        this.articlesEndpoint = URI.create(ingestUrl.replaceAll("/+$", "") + "/articles");
        this.apiKey = apiKey;
        this.sleeper = sleeper;
    }

    /** How the uploader waits; tests pass one that records the waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration);
    }

    /** Posts one file; see {@link #upload(List)}. */
    public UploadOutcome upload(Path file) {
        return upload(List.of(file)).get(0);
    }

    /** Posts one file published on {@code publishedAt} (a day, {@code 2019-10-07}; null when not known). */
    public UploadOutcome upload(Path file, String publishedAt) {
        return upload(List.of(file), publishedAt).get(0);
    }

    /**
     * Posts {@code files} in one request and answers one outcome per file, in order. A refused file is an outcome;
     * an unreachable ingest-service on the first try is a {@link StackException}.
     */
    public List<UploadOutcome> upload(List<Path> files) {
        return upload(files, null);
    }

    private List<UploadOutcome> upload(List<Path> files, String publishedAt) {
        Duration backoff = FIRST_BACKOFF;
        String lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Duration> wait;
            try {
                HttpResponse<String> response = http.send(request(files, publishedAt),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 && response.statusCode() != 503) {
                    return outcomes(files, response.statusCode(), response.body());
                }
                lastFailure = "HTTP " + response.statusCode() + detailOf(parse(response.body()));
                wait = response.headers().firstValue("Retry-After").flatMap(Uploader::seconds);
            } catch (ConnectException e) {
                if (attempt == 1) {
                    throw new StackException("Nothing answers at " + articlesEndpoint
                            + ". Is the stack running? Start it with ./quotewire up (or pass --url).", e);
                }
                lastFailure = "could not connect: " + e.getMessage();
                wait = Optional.empty();
            } catch (IOException e) {
                lastFailure = "could not upload: " + e.getMessage();
                wait = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while uploading " + files, e);
            }
            if (attempt < ATTEMPTS) {
                Duration pause = min(wait.orElse(backoff), MAX_WAIT);
                sleeper.sleep(pause);
                backoff = min(backoff.multipliedBy(2), MAX_WAIT);
            }
        }
        String reason = lastFailure + " (still after " + ATTEMPTS + " attempts)";
        return files.stream().map(file -> UploadOutcome.rejected(file, reason)).toList();
    }

    private HttpRequest request(List<Path> files, String publishedAt) {
        MultipartBody body = new MultipartBody();
        files.forEach(file -> body.file("file", file, null));
        if (publishedAt != null) {
            body.field("publishedAt", publishedAt);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(articlesEndpoint)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(body.publisher());
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return request.build();
    }

    /** One outcome per file from ingest's answer: the 202 list, a problem's per-file list, or one problem for all. */
    static List<UploadOutcome> outcomes(List<Path> files, int status, String body) {
        JsonNode json = parse(body);
        JsonNode perFile = status == 202 || status == 200 || status == 201 ? json : json.path("files");
        List<UploadOutcome> outcomes = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode answer = perFile.isArray() && perFile.size() == files.size() ? perFile.get(i) : null;
            outcomes.add(answer == null ? UploadOutcome.rejected(files.get(i), "HTTP " + status + detailOf(json))
                    : outcome(files.get(i), answer));
        }
        return outcomes;
    }

    private static UploadOutcome outcome(Path file, JsonNode answer) {
        String status = answer.path("status").asText("");
        if ("accepted".equals(status) || "duplicate".equals(status)) {
            return new UploadOutcome(file, "duplicate".equals(status) ? UploadOutcome.Kind.DUPLICATE
                    : UploadOutcome.Kind.ACCEPTED, answer.path("id").asText(null),
                    answer.path("location").asText(null), null);
        }
        JsonNode problem = answer.path("problem");
        return UploadOutcome.rejected(file, "HTTP " + problem.path("status").asInt(422) + detailOf(problem));
    }

    private static String detailOf(JsonNode problem) {
        String detail = problem.path("detail").asText(problem.path("title").asText(""));
        return detail.isBlank() ? "" : ": " + detail;
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(retryAfter.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
