package io.quotewire.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two sample articles in the repository's {@code seeds/} folder. */
public final class Seeds {

    /** The Sejong commentary: its first line is a headline. */
    public static final String SEJONG = "000_6beca85ce06e4a01.txt";

    /** The Maxwell piece: no title line, it opens with a long sentence. */
    public static final String MAXWELL = "004_6e24b6c3a97ee8ce.txt";

    private static final Path SEEDS = Path.of("..", "seeds");

    private Seeds() {}

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(SEEDS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(SEEDS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
