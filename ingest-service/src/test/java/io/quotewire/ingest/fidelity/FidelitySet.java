package io.quotewire.ingest.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of the fidelity set: both seeds and three short stories written for it (test resources
 * {@code fidelity/articles}), each with the layout its renderings use.
 */
public final class FidelitySet {

    private static final Path SEEDS = Path.of("..", "seeds");

    private FidelitySet() {}

    /** Every article of the set. */
    public static List<FixtureArticle> articles() {
        List<FixtureArticle> articles = new ArrayList<>();
        // Sejong commentary: title line, a series label, four byline lines (name, role, institute, e-mail).
        articles.add(split("sejong", read(SEEDS.resolve("000_6beca85ce06e4a01.txt")), true, 1, 4,
                "2019-10-08T09:00:00+09:00"));
        // The Maxwell piece opens straight with its story; its renderings get a headline of their own.
        String maxwell = read(SEEDS.resolve("004_6e24b6c3a97ee8ce.txt"));
        articles.add(new FixtureArticle("maxwell", maxwell, "In Stockholm, talking with Kim proves yet again not to work",
                null, List.of(), lines(maxwell), "2019-10-07T18:30:00Z"));
        for (String name : List.of("harbour", "rescue", "chess")) {
            articles.add(split(name, read(resource("fidelity/articles/" + name + ".txt")), true, 0, 1,
                    "2026-03-03T22:15:00+01:00"));
        }
        return articles;
    }

    /** The seed articles of the set (both renderings the issue asks for are made of these). */
    public static List<FixtureArticle> seeds() {
        return articles().subList(0, 2);
    }

    private static FixtureArticle split(String name, String text, boolean headline, int kickerLines, int bylineLines,
            String published) {
        List<String> lines = lines(text);
        int at = headline ? 1 : 0;
        String kicker = kickerLines == 0 ? null : lines.get(at);
        at += kickerLines;
        List<String> byline = lines.subList(at, at + bylineLines);
        at += bylineLines;
        return new FixtureArticle(name, text, lines.get(0), kicker, List.copyOf(byline),
                List.copyOf(lines.subList(at, lines.size())), published);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    static Path resource(String name) {
        return Path.of("src", "test", "resources").resolve(name);
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
