package io.quotewire.query.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names that mean one country or body whatever the spelling ("U.S.", "US", "United States", "America"), read
 * once from {@code entities/known-names.tsv}: each name's key leads to the canonical name and type.
 */
public final class KnownNames {

    private static final String RESOURCE = "/entities/known-names.tsv";
    private static final Map<String, Known> BY_KEY = load();

    private KnownNames() {}

    /** The known entity a name's spelling key stands for (see {@link EntityKeys#spellingKey}). */
    public static Optional<Known> byKey(String spellingKey) {
        return Optional.ofNullable(BY_KEY.get(spellingKey));
    }

    private static Map<String, Known> load() {
        Map<String, Known> byKey = new HashMap<>();
        try (InputStream in = KnownNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Known known = new Known(fields[0], fields[1]);
                byKey.put(EntityKeys.spellingKey(fields[0]), known);
                for (String alias : fields[2].split("\\|")) {
                    byKey.put(EntityKeys.spellingKey(alias), known);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byKey);
    }

    /** A known entity: its canonical name and type. */
    public record Known(String name, String type) {}
}
