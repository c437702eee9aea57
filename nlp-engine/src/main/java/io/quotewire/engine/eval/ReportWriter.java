package io.quotewire.engine.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Scoreboard} as a text table for people and as JSON for tools. */
public final class ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper();

    /** A fixed-width table: one row overall, one per type, then the speaker and type figures. */
    public String table(Scoreboard board) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d%n", board.articles()));
        out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s %7s %7s%n",
                "quotes", "predicted", "gold", "matched", "P", "R", "F1"));
        out.append(row("all", board.overall()));
        for (Map.Entry<String, Tally> e : board.byType().entrySet()) {
            out.append(row(e.getKey(), e.getValue()));
        }
        out.append(String.format(Locale.ROOT, "%-27s %5d%n", "pieces of split gold quotes", board.mergedPieces()));
        out.append(ratio("type agreement (matched)", board.typeAgreement()));
        out.append(ratio("speaker by span (matched)", board.speakerBySpan()));
        out.append(ratio("speaker by name (matched)", board.speakerByName()));
        if (!board.speakerByNameOfGold().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%-14s %-22s %-22s%n", "speaker name", "of matched", "of all gold"));
            for (String group : board.speakerByNameOfGold().keySet()) {
                out.append(String.format(Locale.ROOT, "%-14s %-22s %-22s%n", group,
                        fraction(board.speakerByNameMatched().getOrDefault(group, new Ratio())),
                        fraction(board.speakerByNameOfGold().get(group))));
            }
        }
        return out.toString();
    }

    /** The same figures as a JSON object. */
    public ObjectNode json(Scoreboard board) {
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", board.articles());
        root.put("matching", "one-to-one; spans overlap by >= 50% of the shorter span; a prediction at least half"
                + " inside a matched gold quote of several pieces is another piece of it, not a false positive");
        root.put("mergedPieces", board.mergedPieces());
        root.set("overall", tally(board.overall()));
        ObjectNode types = root.putObject("byType");
        board.byType().forEach((type, tally) -> types.set(type, tally(tally)));
        root.set("typeAgreement", ratio(board.typeAgreement()));
        root.set("speakerBySpan", ratio(board.speakerBySpan()));
        root.set("speakerByName", ratio(board.speakerByName()));
        ObjectNode byGroup = root.putObject("speakerByNameByType");
        board.speakerByNameOfGold().forEach((group, ofGold) -> {
            ObjectNode node = byGroup.putObject(group);
            node.set("ofMatched", ratio(board.speakerByNameMatched().getOrDefault(group, new Ratio())));
            node.set("ofAllGold", ratio(ofGold));
        });
        return root;
    }

    private ObjectNode tally(Tally t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("predicted", t.predicted());
        node.put("gold", t.gold());
        node.put("predictedMatched", t.predictedMatched());
        node.put("goldMatched", t.goldMatched());
        node.put("precision", round(t.precision()));
        node.put("recall", round(t.recall()));
        node.put("f1", round(t.f1()));
        return node;
    }

    private ObjectNode ratio(Ratio r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("correct", r.hits());
        node.put("total", r.total());
        node.put("accuracy", round(r.value()));
        return node;
    }

    private static String row(String name, Tally t) {
        String matched = t.predictedMatched() == t.goldMatched() ? String.valueOf(t.goldMatched())
                : t.predictedMatched() + "/" + t.goldMatched();
        return String.format(Locale.ROOT, "%-10s %9d %9d %9s %7.3f %7.3f %7.3f%n",
                name, t.predicted(), t.gold(), matched, t.precision(), t.recall(), t.f1());
    }

    private static String ratio(String name, Ratio r) {
        return String.format(Locale.ROOT, "%-27s %5d / %-5d = %.3f%n", name, r.hits(), r.total(), r.value());
    }

    private static String fraction(Ratio r) {
        return String.format(Locale.ROOT, "%d / %d = %.3f", r.hits(), r.total(), r.value());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
