package io.quotewire.engine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.contracts.ArticleText;
import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.attribution.AttributionEngine;
import io.quotewire.engine.corenlp.PipelineSettings;
import io.quotewire.engine.model.TextAnalysis;
import io.quotewire.engine.eval.GoldArticle;
import io.quotewire.engine.eval.GoldReader;
import io.quotewire.engine.eval.GoldScorer;
import io.quotewire.engine.eval.Scoreboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Command line benchmark (not a test): for {@code ner.applyFineGrained} false and true, loads the pipeline, then times
 * CoreNLP and the attribution engine per article on the seeds and on a corpus recombined from them; prints load time,
 * heap after load, time per article, the engine's share of CoreNLP time, tokens/s, and the seed-gold scores.
 *
 * <p>Usage: {@code AttributionBenchmark [--seeds DIR] [--gold FILE] [--articles N] [--json OUT]}
 */
public final class AttributionBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AttributionBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path seedsDir = Path.of(option(args, "--seeds", "seeds"));
        Path gold = Path.of(option(args, "--gold", "nlp-engine/src/test/resources/attribution/seeds-gold.jsonl"));
        int count = Integer.parseInt(option(args, "--articles", "40"));
        String json = option(args, "--json", null);

        List<String> seeds = readSeeds(seedsDir);
        List<String> corpus = new CorpusBuilder(42).build(seeds, count);
        List<GoldArticle> goldArticles = Files.exists(gold) ? new GoldReader().read(gold) : List.of();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        ArrayNode settings = root.putArray("settings");
        for (boolean fineGrained : new boolean[] {false, true}) {
            settings.add(measure(fineGrained, seeds, corpus, goldArticles));
        }
        if (json != null) {
            Files.writeString(Path.of(json), root.toPrettyString());
        }
    }

    private static ObjectNode measure(boolean fineGrained, List<String> seeds, List<String> corpus,
            List<GoldArticle> gold) {
        Properties props = PipelineSettings.defaults();
        props.setProperty("ner.applyFineGrained", String.valueOf(fineGrained));
        long loadStart = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapMb = usedHeapMb();
        AttributionEngine engine = new AttributionEngine();
        run(pipeline, engine, "warm-up", seeds);

        List<RunFigures> runs = List.of(run(pipeline, engine, "seeds", seeds), run(pipeline, engine, "recombined", corpus));
        Scoreboard board = new GoldScorer(text -> {
            CoreDocument document = new CoreDocument(text);
            pipeline.annotate(document);
            return AnnotatedText.of(document);
        }, engine).score(gold);

        System.out.printf(Locale.ROOT, "%nner.applyFineGrained=%s  load %.1f s  heap after load %d MB%n",
                fineGrained, loadSeconds, heapMb);
        System.out.printf(Locale.ROOT, "%-11s %8s %8s %12s %11s %8s %12s %12s%n", "corpus", "articles", "tokens",
                "CoreNLP ms/a", "engine ms/a", "engine%", "CoreNLP tok/s", "total tok/s");
        ObjectNode node = MAPPER.createObjectNode();
        node.put("applyFineGrained", fineGrained);
        node.put("loadSeconds", round(loadSeconds));
        node.put("heapAfterLoadMb", heapMb);
        ArrayNode runNodes = node.putArray("runs");
        for (RunFigures r : runs) {
            System.out.printf(Locale.ROOT, "%-11s %8d %8d %12.1f %11.2f %7.1f%% %12.0f %12.0f%n", r.corpus(), r.articles(),
                    r.tokens(), r.coreNlpMillisPerArticle(), r.engineMillisPerArticle(), 100 * r.engineShare(),
                    r.coreNlpTokensPerSecond(), r.totalTokensPerSecond());
            ObjectNode last = MAPPER.valueToTree(r);
            runNodes.add(last);
            last.put("engineSharePercent", round(100 * r.engineShare()));
            last.put("coreNlpTokensPerSecond", Math.round(r.coreNlpTokensPerSecond()));
            last.put("totalTokensPerSecond", Math.round(r.totalTokensPerSecond()));
        }
        if (!gold.isEmpty()) {
            System.out.printf(Locale.ROOT, "seed gold: quote F1 %.3f, speaker by name %d/%d%n", board.overall().f1(),
                    board.speakerByName().hits(), board.speakerByName().total());
            node.put("seedGoldF1", round(board.overall().f1()));
            node.put("seedGoldSpeakerByName", round(board.speakerByName().value()));
        }
        return node;
    }

    private static RunFigures run(StanfordCoreNLP pipeline, AttributionEngine engine, String name, List<String> texts) {
        long tokens = 0;
        long coreNlpNanos = 0;
        long engineNanos = 0;
        int quotes = 0;
        for (String text : texts) {
            CoreDocument document = new CoreDocument(text);
            long start = System.nanoTime();
            pipeline.annotate(document);
            long annotated = System.nanoTime();
            TextAnalysis analysis = engine.analyze(document);
            long analysed = System.nanoTime();
            coreNlpNanos += annotated - start;
            engineNanos += analysed - annotated;
            tokens += document.tokens().size();
            quotes += analysis.quotes().size();
        }
        return new RunFigures(name, texts.size(), tokens, coreNlpNanos / 1e6, engineNanos / 1e6, quotes);
    }

    private static List<String> readSeeds(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(ArticleText.normalise(Files.readString(file)));
            }
        }
        return texts;
    }

    private static long usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
