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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for query-service's {@code GET /articles/{id}}: 200 for ids a test registered
 * with {@link #know}, no answer within the client's timeout for ids registered with {@link #stall}, 404 for the
 * rest. Lets tests drive the cross-request duplicate check without query-service.
 */
public class QueryServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Set<String> STALLED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Integer> ASKED = new ConcurrentHashMap<>();
    private static final long STALL_MILLIS = 2_500;
    private static String url;
    private HttpServer server;
    private ExecutorService executor;

    /** From now on query-service "has" the article {@code id}. */
    public static void know(String id) {
        KNOWN.add(id);
    }

    /** From now on query-service answers about {@code id} only after the client's read timeout. */
    public static void stall(String id) {
        STALLED.add(id);
    }

    /** How many times the application asked about {@code id}. */
    public static int timesAsked(String id) {
        return ASKED.getOrDefault(id, 0);
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
            ASKED.merge(id, 1, Integer::sum);
            if (STALLED.contains(id)) {
                pause();
            }
            byte[] body = KNOWN.contains(id) ? ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(KNOWN.contains(id) ? 200 : 404, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // Daemon threads, so that a stalled answer never keeps the test JVM alive.
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "query-service-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quotewire.query-service.url", url);
    }

    private static void pause() {
        try {
            Thread.sleep(STALL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
