package io.quotewire.engine.eval;

import io.quotewire.engine.attribution.AttributionEngine;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: runs CoreNLP and the attribution engine over an annotated JSON Lines set and prints quote
 * precision/recall/F1, per-type figures and speaker accuracy. {@code --json FILE} also writes them as JSON,
 * {@code --errors FILE} writes every miss, wrong speaker and spurious quote as JSON lines, and {@code --cache DIR}
 * keeps CoreNLP's annotations between runs.
 *
 * <p>Usage: {@code EvaluateAttribution FILE [--json OUT] [--errors OUT.jsonl] [--cache DIR]}
 */
public final class EvaluateAttribution {

    private static final String USAGE =
            "usage: EvaluateAttribution FILE.jsonl [--json OUT.json] [--errors OUT.jsonl] [--cache DIR]";

    private EvaluateAttribution() {}

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        Path json = option(rest, "--json");
        Path errors = option(rest, "--errors");
        Path cache = option(rest, "--cache");
        if (rest.size() != 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<GoldArticle> articles = new GoldReader().read(Path.of(rest.get(0)));
        GoldScorer scorer = new GoldScorer(new AnnotationCache(cache), new AttributionEngine());
        Scoreboard board;
        if (errors != null) {
            try (Writer out = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                board = scorer.score(articles, new ErrorLog(out));
            }
        } else {
            board = scorer.score(articles);
        }
        ReportWriter writer = new ReportWriter();
        System.out.print(writer.table(board));
        if (json != null) {
            Files.writeString(json, writer.json(board).toPrettyString());
        }
    }

    /** Removes {@code name VALUE} from {@code args} and returns VALUE as a path, or null when absent. */
    private static Path option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path value = Path.of(args.get(at + 1));
        args.subList(at, at + 2).clear();
        return value;
    }
}
