package io.quotewire.support.multipart;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body for {@code java.net.http}: text fields and files, files streamed from disk
 * rather than held in memory. The one builder of the launcher's uploader and the benchmarks' ingest client.
 */
public final class MultipartBody {

    private final String boundary = "quotewire-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    /** The Content-Type header value, with this body's boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Adds a text field. */
    public MultipartBody field(String name, String value) {
        parts.add(text(partHeader("form-data; name=\"" + quoted(name) + "\"", "text/plain; charset=UTF-8")));
        parts.add(text(value + "\r\n"));
        return this;
    }

    /** Adds a file read from disk while the body is sent; a null content type sends the type probed from its name. */
    public MultipartBody file(String name, Path content, String contentType) {
        parts.add(text(fileHeader(name, content.getFileName().toString(),
                contentType != null ? contentType : probedType(content))));
        try {
            parts.add(BodyPublishers.ofFile(content));
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(text("\r\n"));
        return this;
    }

    /** Adds a file held in memory under {@code fileName}. */
    public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        parts.add(text(fileHeader(name, fileName, contentType)));
        parts.add(BodyPublishers.ofByteArray(content));
        parts.add(text("\r\n"));
        return this;
    }

    /** The whole body, closing boundary included; its length is known, so it is sent with Content-Length. */
    public BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private String fileHeader(String name, String fileName, String contentType) {
        String disposition = "form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(fileName) + "\"";
        return partHeader(disposition, contentType == null ? "application/octet-stream" : contentType);
    }

    private String partHeader(String disposition, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
    }

    private static BodyPublisher text(String value) {
        return BodyPublishers.ofString(value, StandardCharsets.UTF_8);
    }

    /** Only a hint: ingest-service detects the real type itself. */
    private static String probedType(Path file) {
        try {
            String probed = Files.probeContentType(file);
            return probed != null ? probed : "application/octet-stream";
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    // As browsers do (WHATWG form encoding): a quote or line break would otherwise end the header value early.
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
