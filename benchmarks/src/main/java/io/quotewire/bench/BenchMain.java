package io.quotewire.bench;

import io.quotewire.bench.phase.CoreNlpResult;
import io.quotewire.bench.phase.CpuEfficiency;
import io.quotewire.bench.phase.StoreEventFactory;
import io.quotewire.bench.report.Figure;
import io.quotewire.bench.report.ResultTable;
import io.quotewire.bench.report.ResultWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar benchmarks/target/quotewire-bench.jar [--quick] [options]}: runs the benchmark of issue 6 and
 * writes {@code benchmarks/results/latest.json} and {@code latest.md}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("quotewire-bench: " + e.getMessage() + "\n\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        RunResults results = new BenchRun(options, System.out).run();
        List<Figure> figures = FigureBuilder.figures(results);
        List<String> notes = notes(results);
        String markdown = ResultTable.render(results.machine(), options.describe(), figures, notes);
        List<Path> written = ResultWriter.write(options.outDir(), results.machine(), options.describe(), figures,
                notes, measurements(results), markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written: " + written);
        System.exit(0);
    }

    /** What the reader of the table must know to read it right: contention, how the store was filled. */
    static List<String> notes(RunResults results) {
        List<String> notes = new ArrayList<>(results.notes());
        if (results.ingest().stream().anyMatch(run -> run.refusedByStatus().containsKey(429))) {
            notes.add("ingest-service rate-limited the benchmark (HTTP 429): run it with"
                    + " quotewire.security.rate-limit.exempt-loopback=true (its default) or the limit off, since the"
                    + " figure is meant to show the service's capacity, not the limit.");
        }
        int cores = results.machine().cores();
        notes.add(String.format(Locale.ROOT, "Load average %.1f at the start and %.1f at the end on %d cores%s",
                results.machine().loadAverage(), results.loadAverageEnd(), cores,
                Math.max(results.machine().loadAverage(), results.loadAverageEnd()) > cores * 0.5
                        ? ": other work shared the CPU, so absolute figures are low; the ratios (1, 2) compare "
                                + "runs made under the same contention."
                        : "."));
        notes.add("The store was filled with articles made from " + results.coreNlp().templates().size()
                + " real enriched events (the attribution engine run on the corpus articles in this JVM), published"
                + " straight onto articles.enriched: each rewrites about half of the words outside entity mentions"
                + " (same length, so every offset stays valid) and gains one last line, \"Archive copy <run>-<n>.\","
                + " so it is a distinct article with distinct quotes; every " + StoreEventFactory.WIRE_COPY_EVERY
                + "th repeats the one before it with one more line, a wire copy query-service should find. The store"
                + " repeats the same entities and speakers; query-service stores the articles exactly as it stores"
                + " nlp-service's events.");
        notes.add("Latency from POST to enriched is measured by polling GET /articles/{id} every 20 ms once the"
                + " article's event is on articles.enriched, so it includes up to 20 ms of polling delay.");
        return notes;
    }

    private static Map<String, Object> measurements(RunResults results) {
        CoreNlpResult raw = results.coreNlp();
        Map<String, Object> coreNlp = new LinkedHashMap<>();
        coreNlp.put("loadSeconds", raw.loadSeconds());
        coreNlp.put("sequential", raw.sequential());
        coreNlp.put("engineShare", raw.sequential().engineShare());
        coreNlp.put("threads", raw.threads());
        coreNlp.put("parallelSeconds", raw.parallelSeconds());
        coreNlp.put("parallelSecondsAfter", raw.parallelSecondsAfter());
        coreNlp.put("parallelCpuSeconds", raw.parallelCpuSeconds());
        coreNlp.put("parallelCpuSecondsAfter", raw.parallelCpuSecondsAfter());
        coreNlp.put("parallelTokensPerSecond", raw.parallelTokensPerSecond());
        coreNlp.put("parallelArticlesPerSecond", raw.parallelArticlesPerSecond());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("options", results.options().describe());
        all.put("coreNlp", coreNlp);
        all.put("light", results.light());
        all.put("nlpService", results.nlp());
        all.put("cpuSeconds", results.cpuSeconds());
        all.put("serviceTokensPerSecond", results.nlp().tokensPerSecond());
        CpuEfficiency efficiency = results.cpuEfficiency();
        if (efficiency != null) {
            Map<String, Object> perCpuSecond = new LinkedHashMap<>();
            perCpuSecond.put("serviceTokensPerCpuSecond", efficiency.serviceTokensPerCpuSecond());
            perCpuSecond.put("rawTokensPerCpuSecond", efficiency.rawTokensPerCpuSecond());
            perCpuSecond.put("ratio", efficiency.ratio());
            perCpuSecond.put("inputs", efficiency);
            all.put("tokensPerCpuSecond", perCpuSecond);
        }
        all.put("saturated", results.saturated());
        all.put("storeFills", results.fills());
        all.put("queries", results.queries());
        all.put("ingest", results.ingest());
        all.put("rssAtRestMb", results.rssAtRestMb());
        all.put("rssPeakMb", results.rssPeakMb());
        all.put("loadAverageEnd", results.loadAverageEnd());
        return all;
    }
}
