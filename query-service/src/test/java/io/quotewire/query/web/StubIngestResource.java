package io.quotewire.query.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for ingest-service's {@code POST /articles} on a real local HTTP port, recording what the upload
 * proxy forwards. It asks for the API key {@value #API_KEY}. (The whole path through the real ingest-service is
 * exercised by the browser test in e2e-tests.)
 */
public class StubIngestResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "test-key-42";

    /** The last request the stub received. */
    record Received(String contentType, String apiKey, String body) {}

    static final AtomicReference<Received> LAST = new AtomicReference<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/articles", StubIngestResource::answer);
        server.start();
        return Map.of("quotewire.ingest-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String apiKey = exchange.getRequestHeaders().getFirst("X-Api-Key");
        LAST.set(new Received(exchange.getRequestHeaders().getFirst("Content-Type"), apiKey, body));
        if (!API_KEY.equals(apiKey)) {
            respond(exchange, 401, "application/problem+json", "{\"type\":\"https://quotewire.io/problems/api-key\","
                    + "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Send the API key in X-Api-Key.\"}");
            return;
        }
        respond(exchange, 202, "application/json", "[{\"id\":\"" + "a".repeat(64) + "\",\"fileName\":\"note.txt\","
                + "\"status\":\"accepted\",\"location\":\"http://localhost:8080/articles/" + "a".repeat(64) + "\"}]");
    }

    private static void respond(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
