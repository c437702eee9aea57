package io.quotewire.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Class-path locations of each event's JSON Schema and sample, for producers' and consumers' tests. */
public final class EventResources {

    private static final String BASE = "/io/quotewire/contracts/";

    private EventResources() {}

    /** The JSON Schema of the events on {@code topic}, e.g. {@code articles.ingested.schema.json}. */
    public static String schemaPath(String topic) {
        return BASE + "schemas/" + topic + ".schema.json";
    }

    /** A valid sample event for {@code topic}, shared by the consumers' tests. */
    public static String samplePath(String topic) {
        return BASE + "samples/" + topic + ".sample.json";
    }

    /** Opens a resource named by {@link #schemaPath} or {@link #samplePath}. */
    public static InputStream open(String path) {
        InputStream in = EventResources.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("No contract resource at " + path));
        }
        return in;
    }
}
