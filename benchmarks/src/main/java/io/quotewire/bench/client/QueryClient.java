package io.quotewire.bench.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The query-service calls the driver makes: an article's status, the article count, and timed GETs. */
public final class QueryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    public QueryClient(String queryUrl) {
        this.baseUrl = queryUrl;
    }

    /** {@code processing}, {@code failed} or {@code enriched}; empty while query-service does not know the id. */
    public Optional<String> status(String articleId) {
        HttpResponse<String> response = Http.send(Http.get(baseUrl + "/articles/" + articleId));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(response.body()).path("status").asText(null));
    }

    /** How many articles are stored, whatever their status. */
    public long articleCount() {
        HttpResponse<String> response = Http.send(Http.get(baseUrl + "/articles?size=1"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /articles answered HTTP " + response.statusCode());
        }
        return read(response.body()).path("total").asLong();
    }

    /** GETs {@code path?name=value}, reading the whole body; answers the latency in ms and the status. */
    public Timed timedGet(String path, String name, String value) {
        String url = baseUrl + path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> response = Http.send(Http.get(url));
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            return new Timed(millis, response.statusCode(), -1, false);
        }
        com.fasterxml.jackson.databind.JsonNode page = read(response.body());
        return new Timed(millis, 200, page.path("total").asLong(-1), page.path("totalIsLowerBound").asBoolean(false));
    }

    /** query-service's de-duplication timer (p50, p99 in ms) and counters, from its Prometheus metrics. */
    public DedupMetrics dedupMetrics() {
        HttpResponse<String> response = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl + "/q/metrics")).timeout(java.time.Duration.ofSeconds(30))
                .header("Accept", "text/plain").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /q/metrics answered HTTP " + response.statusCode());
        }
        String metrics = response.body();
        return new DedupMetrics(
                1000 * metric(metrics, "quotewire_query_deduplication_seconds\\{[^}]*quantile=\"0\\.5\"[^}]*}"),
                1000 * metric(metrics, "quotewire_query_deduplication_seconds\\{[^}]*quantile=\"0\\.99\"[^}]*}"),
                (long) metric(metrics, "quotewire_query_copies_total(?:\\{[^}]*})?"),
                (long) metric(metrics, "quotewire_query_repeated_quotes_total(?:\\{[^}]*})?"));
    }

    /** The value of the first Prometheus sample whose name and labels match {@code sample}; 0 when none does. */
    private static double metric(String metrics, String sample) {
        Matcher m = Pattern.compile("(?m)^" + sample + "\\s+([0-9.eE+-]+|NaN)$").matcher(metrics);
        return m.find() && !m.group(1).equals("NaN") ? Double.parseDouble(m.group(1)) : 0;
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("query-service answered something that is not JSON", e);
        }
    }

    /**
     * One timed request: latency, HTTP status, the {@code total} of the page answered (-1 if none), and whether
     * query-service stopped counting there ({@code totalIsLowerBound}: more match).
     */
    public record Timed(double millis, int status, long total, boolean totalIsLowerBound) {}

    /** The de-duplication timer's recent p50 and p99 (ms) and the counts of copies and repeated quotes so far. */
    public record DedupMetrics(double p50Millis, double p99Millis, long copies, long repeatedQuotes) {}
}
