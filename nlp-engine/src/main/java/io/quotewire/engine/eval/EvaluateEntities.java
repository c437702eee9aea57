package io.quotewire.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.eval.EntityScoreboard.Name;
import io.quotewire.engine.model.EntityMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the engine's named-entity mentions (after its own clean-up and canonical types) on an entity gold set
 * ({@code src/test/resources/entities/entities-gold.jsonl}); {@code --no-gazetteer} runs CoreNLP without
 * {@link PipelineSettings#GAZETTEER}, to see what it changes, and {@code --errors} prints every slip.
 */
public final class EvaluateEntities {

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
        EntityScoreboard board = new EntityScoreboard();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = JSON.readTree(line);
            String text = article.get("text").asText();
            CoreDocument document = new CoreDocument(text);
            pipeline.annotate(document);
            List<EntityScoreboard.Slip> slips = board.add(goldNames(article), predicted(engine, document));
            if (options.contains("--errors")) {
                slips.forEach(slip -> System.out.println(article.get("id").asText() + "\t" + slip.describe(text)));
            }
        }
        System.out.println((gazetteer ? "with" : "without") + " the gazetteer");
        System.out.print(board.table());
    }

    /** The gold names of one line: {@code entities: [{"type", "start", "end"}]}, types in any case. */
    static Set<Name> goldNames(JsonNode article) {
        Set<Name> gold = new HashSet<>();
        for (JsonNode entity : article.path("entities")) {
            gold.add(new Name(entity.get("type").asText().toUpperCase(Locale.ROOT),
                    new Span(entity.get("start").asInt(), entity.get("end").asInt())));
        }
        return gold;
    }

    private static Set<Name> predicted(AttributionEngine engine, CoreDocument document) {
        Set<Name> predicted = new HashSet<>();
        for (EntityMention mention : engine.analyze(document).mentions()) {
            predicted.add(new Name(mention.type(), new Span(mention.start(), mention.end())));
        }
        return predicted;
    }
}
