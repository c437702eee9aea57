package io.quotewire.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** English words (SCOWL size 50, about 64,000 lower-case forms): is a fragment at a line end a word of its own? */
public final class Lexicon {

    private static final String RESOURCE = "english-words.txt.gz";

    /** Loaded once per JVM, on first use (about 5 MB of heap). */
    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private Lexicon() {}

    /** Whether {@code word}, in lower case, is an English word form. */
    public static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream raw = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + Lexicon.class.getName());
            }
            Set<String> words = new HashSet<>(100_000);
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    words.add(line);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
