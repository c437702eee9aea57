package io.quotewire.engine.eval;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line: runs CoreNLP and the attribution engine over an annotated JSON Lines set and prints quote
 * precision/recall/F1, per-type figures and speaker accuracy; {@code --json FILE} also writes them as JSON.
 *
 * <p>Usage: {@code EvaluateAttribution FILE [--json OUT]}
 */
public final class EvaluateAttribution {

    private EvaluateAttribution() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--json"))) {
            System.err.println("usage: EvaluateAttribution FILE.jsonl [--json OUT.json]");
            System.exit(2);
        }
        List<GoldArticle> articles = new GoldReader().read(Path.of(args[0]));
        StanfordCoreNLP pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        Scoreboard board = new GoldScorer(pipeline, new AttributionEngine()).score(articles);
        ReportWriter writer = new ReportWriter();
        System.out.print(writer.table(board));
        if (args.length == 3) {
            Files.writeString(Path.of(args[2]), writer.json(board).toPrettyString());
        }
    }
}
