package io.quotewire.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders quotes as a who-said-what table: speaker, role, number of quotes and one example. */
public final class WhoSaidWhatTable {

    static final String UNATTRIBUTED = "(no speaker)";
    private static final int SPEAKER_WIDTH = 24;
    private static final int ROLE_WIDTH = 36;
    private static final int EXAMPLE_WIDTH = 60;

    private WhoSaidWhatTable() {}

    /** One row per speaker, most quoted first; quotes without a speaker share one last row. */
    public static String render(List<SpeakerQuote> quotes) {
        if (quotes.isEmpty()) {
            return "No quotes yet.";
        }
        List<Row> rows = rows(quotes);
        StringBuilder table = new StringBuilder(line("SPEAKER", "ROLE", "QUOTES", "EXAMPLE"));
        table.append(line("-".repeat(SPEAKER_WIDTH), "-".repeat(ROLE_WIDTH), "------", "-".repeat(EXAMPLE_WIDTH)));
        for (Row row : rows) {
            table.append(line(row.speaker, row.role, String.valueOf(row.count), "“" + withoutQuoteMarks(row.example)
                    + "”"));
        }
        return table.toString().stripTrailing();
    }

    static List<Row> rows(List<SpeakerQuote> quotes) {
        Map<String, Row> bySpeaker = new LinkedHashMap<>();
        for (SpeakerQuote quote : quotes) {
            String speaker = isBlank(quote.speaker()) ? UNATTRIBUTED : quote.speaker().strip();
            Row row = bySpeaker.computeIfAbsent(speaker, name -> new Row(name, "", 0, quote.text().strip()));
            String role = row.role.isEmpty() && !isBlank(quote.role()) ? quote.role().strip() : row.role;
            bySpeaker.put(speaker, new Row(speaker, role, row.count + 1, row.example));
        }
        List<Row> rows = new ArrayList<>(bySpeaker.values());
        rows.sort(Comparator.comparing((Row row) -> row.speaker.equals(UNATTRIBUTED))
                .thenComparing(Comparator.comparingInt((Row row) -> row.count).reversed())
                .thenComparing(row -> row.speaker));
        return rows;
    }

    private static String line(String speaker, String role, String count, String example) {
        return String.format(Locale.ROOT, "%-" + SPEAKER_WIDTH + "s  %-" + ROLE_WIDTH + "s  %6s  %s%n",
                fit(speaker, SPEAKER_WIDTH), fit(role, ROLE_WIDTH), count, fit(example, EXAMPLE_WIDTH));
    }

    /** The quote's words without the marks around them, which some quotes carry and others do not. */
    static String withoutQuoteMarks(String text) {
        return text.strip().replaceAll("^[\"“”‘’'«»]+|[\"“”‘’'«»,]+$", "");
    }

    /** Cuts text to width with an ellipsis, on one line. */
    static String fit(String text, int width) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A speaker's line in the table. */
    record Row(String speaker, String role, int count, String example) {}
}
