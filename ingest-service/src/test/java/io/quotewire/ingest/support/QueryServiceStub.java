package io.quotewire.ingest.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server standing in for query-service's {@code GET /articles/{id}}: 200 for ids a test registered
 * with {@link #know}, 404 for the rest. Lets tests drive the cross-request duplicate check without query-service.
 */
public class QueryServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static String url;
    private HttpServer server;

    /** From now on query-service "has" the article {@code id}. */
    public static void know(String id) {
        KNOWN.add(id);
    }

    /** The base URL the application under test was given as {@code quotewire.query-service.url}. */
    public static String url() {
        return url;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/articles/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/articles/".length());
            byte[] body = KNOWN.contains(id) ? ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(KNOWN.contains(id) ? 200 : 404, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quotewire.query-service.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
