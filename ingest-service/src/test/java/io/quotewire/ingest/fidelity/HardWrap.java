package io.quotewire.ingest.fidelity;

import java.util.ArrayList;
import java.util.List;

/** Wraps a paragraph greedily at a column, breaking only at spaces, as mail clients and {@code fold -s} do. */
public final class HardWrap {

    private HardWrap() {}

    /** The lines of {@code paragraph} wrapped at {@code columns}, each prefixed with {@code indent}. */
    public static List<String> lines(String paragraph, int columns, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            boolean empty = line.length() == indent.length();
            if (!empty && line.codePointCount(0, line.length()) + 1 + word.codePointCount(0, word.length()) > columns) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A text file as people hard-wrap one: front-matter lines as they are, paragraphs apart by blank lines. */
    public static String text(FixtureArticle article, int columns) {
        List<String> out = new ArrayList<>();
        for (String line : article.frontMatter()) {
            out.addAll(lines(line, columns, ""));
        }
        for (String paragraph : article.body()) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(lines(paragraph, columns, ""));
        }
        return String.join("\n", out) + "\n";
    }
}
