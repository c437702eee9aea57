package io.quotewire.engine;

import io.quotewire.engine.bench.AttributionBenchmark;
import io.quotewire.engine.eval.EvaluateAttribution;
import io.quotewire.engine.eval.EvaluateEntities;
import io.quotewire.engine.eval.FitSpeakerScores;
import java.io.IOException;
import java.util.Arrays;

/** Entry point of {@code quotewire-engine.jar}: {@code eval} scores the engine on a gold set, {@code engine-bench} times it. */
public final class EngineMain {

    private static final String USAGE = """
            Usage: java -Xmx3g -jar nlp-engine/target/quotewire-engine.jar <command> [options]
              (or ./quotewire <command> [options], which builds the jar first)

              eval FILE.jsonl [--json OUT.json]
                  Run CoreNLP and the attribution engine over a gold set and print quote P/R/F1 and speaker accuracy.
              eval-entities FILE.jsonl [--no-gazetteer] [--errors]
                  Score the engine's PERSON, ORGANIZATION and LOCATION mentions against a gold set of spans.
              engine-bench [--seeds DIR] [--gold FILE] [--articles N] [--json OUT.json]
                  Time CoreNLP and the engine apart, per article, and score the seed gold.
              fit-speaker-scores TRAIN.jsonl [--cache DIR] [--out FILE]
                  Fit the candidate weights on a training set (PolNeAR train; never a dev set).
            """;

    private EngineMain() {}

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "help" : args[0];
        String[] options = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "eval" -> EvaluateAttribution.main(options);
            case "eval-entities" -> EvaluateEntities.main(options);
            case "engine-bench" -> AttributionBenchmark.main(options);
            case "fit-speaker-scores" -> FitSpeakerScores.main(options);
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.println("quotewire-engine: unknown command: " + command + "\n\n" + USAGE);
                System.exit(2);
            }
        }
    }
}
