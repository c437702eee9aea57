package io.quotewire.query.web;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body built from text fields and files on disk, streamed rather than held in memory. */
final class MultipartForm {

    private final String boundary = "quotewire-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    /** The Content-Type header value, with this body's boundary. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    MultipartForm field(String name, String value) {
        parts.add(text(partHeader("form-data; name=\"" + quoted(name) + "\"", "text/plain; charset=UTF-8")));
        parts.add(text(value + "\r\n"));
        return this;
    }

    MultipartForm file(String name, String fileName, String contentType, Path content) {
        String disposition = "form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(fileName) + "\"";
        parts.add(text(partHeader(disposition, contentType == null ? "application/octet-stream" : contentType)));
        try {
            parts.add(BodyPublishers.ofFile(content));
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(text("\r\n"));
        return this;
    }

    BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private String partHeader(String disposition, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
    }

    private static BodyPublisher text(String value) {
        return BodyPublishers.ofString(value, StandardCharsets.UTF_8);
    }

    // A quote or line break in a file name would end the header value early.
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
    }
}
