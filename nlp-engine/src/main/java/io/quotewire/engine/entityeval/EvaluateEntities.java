package io.quotewire.engine.entityeval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.EntityMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the engine's named-entity mentions (after its own clean-up and canonical types) against a gold set of
 * PERSON, ORGANIZATION and LOCATION spans: a mention counts when its span and type are exactly the gold's.
 * {@code --no-gazetteer} runs CoreNLP without {@link PipelineSettings#GAZETTEER}, to see what it changes.
 */
public final class EvaluateEntities {

    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluateEntities() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("Usage: eval-entities FILE.jsonl [--no-gazetteer] [--errors]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(1, args.length);
        boolean gazetteer = !options.contains("--no-gazetteer");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(gazetteer ? PipelineSettings.defaults()
                : PipelineSettings.withoutGazetteer());
        AttributionEngine engine = new AttributionEngine();
        EntityScore score = new EntityScore();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = JSON.readTree(line);
            String text = article.get("text").asText();
            CoreDocument document = new CoreDocument(text);
            pipeline.annotate(document);
            Set<String> predicted = new HashSet<>();
            for (EntityMention mention : engine.analyze(document).mentions()) {
                if (TYPES.contains(mention.type())) {
                    predicted.add(key(mention.type(), mention.start(), mention.end()));
                }
            }
            Set<String> gold = new HashSet<>();
            for (JsonNode entity : article.get("entities")) {
                gold.add(key(entity.get("type").asText().toUpperCase(Locale.ROOT), entity.get("start").asInt(),
                        entity.get("end").asInt()));
            }
            List<String> errors = score.add(gold, predicted);
            if (options.contains("--errors")) {
                errors.forEach(error -> System.out.println(article.get("id").asText() + "\t" + error + "\t"
                        + spanText(text, error)));
            }
        }
        System.out.println((gazetteer ? "with" : "without") + " the gazetteer");
        System.out.print(score.table());
    }

    private static String key(String type, int start, int end) {
        return type + ":" + start + "-" + end;
    }

    private static String spanText(String text, String error) {
        String span = error.substring(error.indexOf(':') + 1);
        int start = Integer.parseInt(span.substring(0, span.indexOf('-')));
        int end = Integer.parseInt(span.substring(span.indexOf('-') + 1));
        return text.substring(start, end).replace('\n', ' ');
    }

    /** True and false positives and false negatives per type. */
    static final class EntityScore {
        private final int[] truePositives = new int[TYPES.size()];
        private final int[] predicted = new int[TYPES.size()];
        private final int[] gold = new int[TYPES.size()];

        /** Adds one text's spans; returns the missed ("missed TYPE:s-e") and spurious ("extra …") ones. */
        List<String> add(Set<String> goldSpans, Set<String> predictedSpans) {
            List<String> errors = new ArrayList<>();
            for (String span : goldSpans) {
                int type = TYPES.indexOf(span.substring(0, span.indexOf(':')));
                gold[type]++;
                if (predictedSpans.contains(span)) {
                    truePositives[type]++;
                } else {
                    errors.add("missed " + span);
                }
            }
            for (String span : predictedSpans) {
                predicted[TYPES.indexOf(span.substring(0, span.indexOf(':')))]++;
                if (!goldSpans.contains(span)) {
                    errors.add("extra " + span);
                }
            }
            return errors;
        }

        String table() {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-13s %9s %6s %7s %7s %7s %7s%n",
                    "entities", "predicted", "gold", "matched", "P", "R", "F1"));
            int tp = 0;
            int p = 0;
            int g = 0;
            for (int i = 0; i < TYPES.size(); i++) {
                table.append(row(TYPES.get(i), truePositives[i], predicted[i], gold[i]));
                tp += truePositives[i];
                p += predicted[i];
                g += gold[i];
            }
            return table.append(row("all", tp, p, g)).toString();
        }

        private static String row(String name, int tp, int p, int g) {
            double precision = p == 0 ? 0 : (double) tp / p;
            double recall = g == 0 ? 0 : (double) tp / g;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return String.format(Locale.ROOT, "%-13s %9d %6d %7d %7.3f %7.3f %7.3f%n", name, p, g, tp, precision,
                    recall, f1);
        }
    }
}
