package io.quotewire.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Article texts for the stream tests, recombined from the seeds' paragraphs with a fixed random seed. */
final class ArticleTexts {

    /** The longest text ingest accepts ({@code quotewire.ingest.max-text-length}). */
    static final int MAX_CHARS = 1_000_000;

    private final List<String> paragraphs;
    private final Random random;
    private final String run;

    /** @param run a tag in every text, so a run's articles are new even to a store that holds an earlier run's */
    ArticleTexts(String run, long seed) {
        this.run = run;
        this.random = new Random(seed);
        this.paragraphs = new ArrayList<>();
        for (String name : List.of("000_6beca85ce06e4a01.txt", "004_6e24b6c3a97ee8ce.txt")) {
            try {
                for (String paragraph : Files.readString(RunningPipeline.ROOT.resolve("seeds").resolve(name))
                        .replace("\r\n", "\n").split("\n")) {
                    if (paragraph.strip().length() > 40) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An article of 3 to 8 seed paragraphs, numbered {@code n}. */
    String normal(int n) {
        StringBuilder text = new StringBuilder("Report " + n + " of run " + run + ".\n\n");
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        return text.toString().strip();
    }

    /** An article of exactly {@link #MAX_CHARS} characters, the largest ingest accepts. */
    String largest(int n) {
        StringBuilder text = new StringBuilder("Long report " + n + " of run " + run + ".\n\n");
        while (text.length() < MAX_CHARS) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        text.setLength(MAX_CHARS - 1);
        return text.append('.').toString();
    }
}
