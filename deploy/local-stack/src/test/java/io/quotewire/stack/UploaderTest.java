package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-shared-servers")
class UploaderTest {

    @TempDir
    Path dir;

    @Test
    void sendsTheFileAsAMultipartFilePartAndReadsTheAnswer() throws IOException {
        Path file = Files.writeString(dir.resolve("maxwell.txt"), "“We have to keep pushing Kim,” said Maxwell.");
        AtomicReference<String> contentType = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        AtomicReference<String> apiKey = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/articles", exchange -> {
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            apiKey.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = ("[{\"id\":\"abc\",\"fileName\":\"maxwell.txt\",\"status\":\"accepted\","
                    + "\"location\":\"http://q/articles/abc\"}]").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            Uploader uploader = new Uploader(HttpClient.newHttpClient(),
                    "http://localhost:" + server.getAddress().getPort() + "/", "secret-key");

            UploadOutcome outcome = uploader.upload(file);

            assertThat(outcome).isEqualTo(new UploadOutcome(file, UploadOutcome.Kind.ACCEPTED, "abc",
                    "http://q/articles/abc", null));
            assertThat(apiKey.get()).isEqualTo("secret-key");
            assertThat(contentType.get()).startsWith("multipart/form-data; boundary=quotewire-");
            String boundary = contentType.get().substring(contentType.get().indexOf('=') + 1);
            assertThat(body.get()).isEqualTo("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"maxwell.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n"
                    + "“We have to keep pushing Kim,” said Maxwell."
                    + "\r\n--" + boundary + "--\r\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void classifiesDuplicatesAndProblemAnswers() {
        Path file = dir.resolve("x.pdf");

        assertThat(Uploader.outcomes(List.of(file), 202, "[{\"id\":\"abc\",\"status\":\"duplicate\"}]").get(0).kind())
                .isEqualTo(UploadOutcome.Kind.DUPLICATE);
        assertThat(Uploader.outcomes(List.of(file), 415, "{\"title\":\"Unsupported\",\"status\":415,"
                + "\"detail\":\"x.pdf holds no text\"}"))
                .containsExactly(UploadOutcome.rejected(file, "HTTP 415: x.pdf holds no text"));
        assertThat(Uploader.outcomes(List.of(file), 500, "oops").get(0).reason()).isEqualTo("HTTP 500");
    }

    @Test
    void aBatchIsAnsweredFileByFileFromTheListOrFromTheProblemsFiles() {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.png");
        assertThat(Uploader.outcomes(List.of(a, b), 202, "[{\"id\":\"1\",\"status\":\"accepted\"},"
                + "{\"status\":\"rejected\",\"problem\":{\"status\":415,\"detail\":\"b.png is an image\"}}]"))
                .containsExactly(new UploadOutcome(a, UploadOutcome.Kind.ACCEPTED, "1", null, null),
                        UploadOutcome.rejected(b, "HTTP 415: b.png is an image"));
        assertThat(Uploader.outcomes(List.of(a, b), 422, "{\"type\":\"none-accepted\",\"status\":422,\"files\":["
                + "{\"status\":\"rejected\",\"problem\":{\"status\":422,\"detail\":\"a.txt is empty\"}},"
                + "{\"status\":\"rejected\",\"problem\":{\"status\":415,\"detail\":\"b.png is an image\"}}]}"))
                .extracting(UploadOutcome::reason).containsExactly("HTTP 422: a.txt is empty", "HTTP 415: b.png is an image");
    }

    @Test
    void a429Or503IsWaitedOutAsRetryAfterSaysAndTheFilesSentAgain() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Second.");
        AtomicInteger requests = new AtomicInteger();
        List<Duration> waits = new ArrayList<>();
        HttpServer server = server(exchange -> {
            int n = requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            if (n == 1) {
                answer(exchange, 429, "{\"status\":429}", "3");
            } else if (n == 2) {
                answer(exchange, 503, "{\"status\":503}", null);
            } else {
                answer(exchange, 202, "[{\"id\":\"1\",\"status\":\"accepted\"},{\"id\":\"2\",\"status\":\"accepted\"}]",
                        null);
            }
        });
        try {
            Uploader uploader = new Uploader(HttpClient.newHttpClient(),
                    "http://localhost:" + server.getAddress().getPort(), "k", waits::add);

            List<UploadOutcome> outcomes = uploader.upload(List.of(a, b));

            assertThat(outcomes).extracting(UploadOutcome::kind)
                    .containsExactly(UploadOutcome.Kind.ACCEPTED, UploadOutcome.Kind.ACCEPTED);
            assertThat(requests.get()).isEqualTo(3);
            // Retry-After: 3 as told, then the doubled backoff (1 s, 2 s) where none was given.
            assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(2));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatStaysOverloadedLeavesTheFilesRejectedWithTheReasonNotLost() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First.");
        List<Duration> waits = new ArrayList<>();
        HttpServer server = server(exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 429, "{\"status\":429,\"detail\":\"too many\"}", "1");
        });
        try {
            Uploader uploader = new Uploader(HttpClient.newHttpClient(),
                    "http://localhost:" + server.getAddress().getPort(), null, waits::add);

            UploadOutcome outcome = uploader.upload(a);

            assertThat(outcome.kind()).isEqualTo(UploadOutcome.Kind.REJECTED);
            assertThat(outcome.reason()).isEqualTo("HTTP 429: too many (still after 8 attempts)");
            assertThat(waits).hasSize(Uploader.ATTEMPTS - 1);
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/articles", handler);
        server.start();
        return server;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body, String retryAfter)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void tellsTheUserToStartTheStackWhenNothingListens() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        Uploader uploader = new Uploader(HttpClient.newHttpClient(), "http://localhost:" + PortGuard.freePort());

        assertThatThrownBy(() -> uploader.upload(file))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("Is the stack running? Start it with ./quotewire up");
    }
}
