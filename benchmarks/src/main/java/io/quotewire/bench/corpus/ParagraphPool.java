package io.quotewire.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Real paragraphs and sentences read from article folders, split into those with quotations and those without. */
public final class ParagraphPool {

    // Shorter lines are titles, bylines and addresses; they do not read as paragraphs when recombined.
    private static final int MIN_PARAGRAPH_CHARS = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z“\"])");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"‘’]");

    private final List<String> quoted;
    private final List<String> plain;
    private final List<String> statements;

    ParagraphPool(List<String> quoted, List<String> plain, List<String> statements) {
        this.quoted = List.copyOf(quoted);
        this.plain = List.copyOf(plain);
        this.statements = List.copyOf(statements);
    }

    /**
     * Reads every {@code .txt} and {@code .md} file (READMEs excepted) under each folder, in path order; a
     * {@code .jsonl} file given instead of a folder contributes the {@code text} field of each line.
     */
    public static ParagraphPool read(List<Path> sources) {
        List<String> texts = new ArrayList<>();
        for (Path source : sources) {
            try {
                if (Files.isRegularFile(source) && source.toString().endsWith(".jsonl")) {
                    texts.addAll(jsonlTexts(source));
                    continue;
                }
                for (Path file : articleFiles(source)) {
                    texts.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + source, e);
            }
        }
        return of(texts);
    }

    private static List<String> jsonlTexts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                String text = JSON.readTree(line).path("text").asText("");
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** Splits article texts into paragraphs (one per line) and sorts them by whether they quote someone. */
    public static ParagraphPool of(List<String> articleTexts) {
        List<String> quoted = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (String text : articleTexts) {
            for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
                String paragraph = line.strip();
                if (paragraph.length() < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
                if (QUOTE_MARK.matcher(paragraph).find()) {
                    quoted.add(paragraph);
                } else {
                    plain.add(paragraph);
                    statementsOf(paragraph, statements);
                }
            }
        }
        if (plain.isEmpty() || statements.isEmpty()) {
            throw new IllegalArgumentException("The article folders hold no paragraph of at least "
                    + MIN_PARAGRAPH_CHARS + " characters without quotation marks to build articles from.");
        }
        return new ParagraphPool(quoted, plain, statements);
    }

    /** Paragraphs with quotation marks, as written. */
    public List<String> quoted() {
        return quoted;
    }

    /** Paragraphs without quotation marks. */
    public List<String> plain() {
        return plain;
    }

    /** Whole sentences of plain paragraphs that read well inside quotation marks (30 to 220 characters, ending '.'). */
    public List<String> statements() {
        return statements;
    }

    private static void statementsOf(String paragraph, List<String> into) {
        for (String sentence : SENTENCE_END.split(paragraph)) {
            String s = sentence.strip();
            if (s.length() >= 30 && s.length() <= 220 && s.endsWith(".") && Character.isUpperCase(s.charAt(0))) {
                into.add(s);
            }
        }
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(ParagraphPool::isArticle)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".txt") || name.endsWith(".md")) && !name.startsWith("readme");
    }
}
