package io.quotewire.stack;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body with one {@code file} part, for java.net.http. */
public final class MultipartBody {

    private final String boundary = "quotewire-" + UUID.randomUUID();
    private final Path file;

    public MultipartBody(Path file) {
        this.file = file;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body: part header, the file's bytes as they are on disk, closing boundary. */
    public HttpRequest.BodyPublisher publisher() throws IOException {
        String fileName = file.getFileName().toString().replace("\"", "%22");
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentTypeOf(file) + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return HttpRequest.BodyPublishers.ofByteArrays(List.of(head.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file), tail.getBytes(StandardCharsets.UTF_8)));
    }

    private static String contentTypeOf(Path file) throws IOException {
        // Only a hint: ingest-service detects the real type with Tika.
        String probed = Files.probeContentType(file);
        return probed != null ? probed : "application/octet-stream";
    }
}
