package io.quotewire.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.query.web.IngestForwarder.IngestUnavailableException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When ingest cannot be reached the upload proxy says so in words, instead of hanging or failing obscurely. */
class IngestForwarderTest {

    @TempDir
    Path folder;

    @Test
    void unreachableIngestIsReportedWithItsAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort);
        IngestForwarder forwarder = new IngestForwarder(new IngestServiceConfig() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        });
        Path file = Files.writeString(folder.resolve("note.txt"), "“Hello,” she said.");

        assertThatThrownBy(() -> forwarder.forward(List.of(upload(file)), "notes", "key"))
                .isInstanceOf(IngestUnavailableException.class)
                .hasMessage("The ingest-service at " + url + "/articles could not be reached (ConnectException)."
                        + " Is it running?");
        assertThat(file).exists();
    }

    private static FileUpload upload(Path file) {
        return new FileUpload() {
            @Override
            public MultivaluedMap<String, String> getHeaders() {
                return new MultivaluedHashMap<>();
            }

            @Override
            public String name() {
                return "file";
            }

            @Override
            public Path filePath() {
                return file;
            }

            @Override
            public String fileName() {
                return file.getFileName().toString();
            }

            @Override
            public long size() {
                return file.toFile().length();
            }

            @Override
            public String contentType() {
                return "text/plain";
            }

            @Override
            public String charSet() {
                return "UTF-8";
            }
        };
    }
}
