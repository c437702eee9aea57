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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

        assertThat(Uploader.outcome(file, 202, "[{\"id\":\"abc\",\"status\":\"duplicate\"}]").kind())
                .isEqualTo(UploadOutcome.Kind.DUPLICATE);
        assertThat(Uploader.outcome(file, 415, "{\"title\":\"Unsupported\",\"status\":415,"
                + "\"detail\":\"x.pdf holds no text\"}"))
                .isEqualTo(UploadOutcome.rejected(file, "HTTP 415: x.pdf holds no text"));
        assertThat(Uploader.outcome(file, 500, "oops").reason()).isEqualTo("HTTP 500");
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
