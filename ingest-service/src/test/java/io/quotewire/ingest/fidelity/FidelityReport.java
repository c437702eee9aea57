package io.quotewire.ingest.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The fidelity figures of one test run, written as a Markdown table for docs/documents.md. */
final class FidelityReport {

    /**
     * One rendering's figures.
     *
     * @param before boilerplate share of the text the previous extraction (Tika, furniture elements dropped) gave;
     *     negative when not measured (not a web page)
     * @param after boilerplate share of today's text
     */
    record Row(String file, int expected, int matched, int extra, int matchedBefore, int extraBefore,
            int leftFurniture, String title, double before, double after) {}

    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());

    void add(Row row) {
        rows.add(row);
    }

    /** Writes the table to {@code file}. */
    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("| rendering | pairs in clean text | matched | recall | extra | before: matched / extra "
                + "| furniture left | boilerplate before → after | title |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            String share = row.before() < 0 ? "" : String.format(Locale.ROOT, "%.0f %% → %.0f %%", 100 * row.before(),
                    100 * row.after());
            lines.add(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d / %d | %d | %s | %s |", row.file(),
                    row.expected(), row.matched(), row.expected() == 0 ? 1.0 : (double) row.matched() / row.expected(),
                    row.extra(), row.matchedBefore(), row.extraBefore(), row.leftFurniture(), share, row.title()));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
