package io.quotewire.bench.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders a run's figures as the Markdown table printed on screen and written to {@code latest.md}. */
public final class ResultTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ResultTable() {}

    /** Heading with the machine and the run, the table, then the notes as a list. */
    public static String render(MachineInfo machine, String run, List<Figure> figures, List<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("### Quotewire benchmark, ").append(DATE.format(machine.date())).append("\n\n");
        md.append("Machine: ").append(machine.describe()).append(".\n\n");
        md.append("Run: ").append(run).append(".\n\n");
        md.append("| # | figure | measured | goal | verdict |\n");
        md.append("|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.section())
                    .append(" | ").append(cell(figure.name()))
                    .append(" | ").append(cell(figure.value()))
                    .append(" | ").append(cell(figure.goal()))
                    .append(" | ").append(figure.verdict().label())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note.replace("\n", " ")).append('\n'));
        }
        return md.toString();
    }

    /** A table cell: pipes escaped and line breaks flattened, so one figure stays one row. */
    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
