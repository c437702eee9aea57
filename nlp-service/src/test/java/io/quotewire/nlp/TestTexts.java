package io.quotewire.nlp;

import io.quotewire.contracts.ArticleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed articles and short passages of them the tests send through the NLP. */
public final class TestTexts {

    /** The Maxwell paragraph of the commentary seed. */
    public static final String MAXWELL = "“Kim thought he could sucker us because of the president’s statements and"
            + " because our alliances are in trouble and because he believed Trump wanted a foreign policy success,”"
            + " said David Maxwell, retired special forces colonel and senior fellow at the Foundation for Defense"
            + " of Democracies.";

    /** The Sejong Institute commentary (title line, byline, Kim Myong Gil's statements). */
    public static final String SEJONG_SEED = "000_6beca85ce06e4a01.txt";

    /** The commentary quoting David Maxwell, Leif-Eric Easley and the North Korean statement. */
    public static final String COMMENTARY_SEED = "004_6e24b6c3a97ee8ce.txt";

    private TestTexts() {}

    /** A seed's normalised text, read from the repository's {@code seeds/} folder. */
    public static String seed(String fileName) {
        try {
            return ArticleText.normalise(
                    Files.readString(Path.of("..", "seeds", fileName), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
