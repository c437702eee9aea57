package io.quotewire.bench;

import io.quotewire.bench.client.EventProducer;
import io.quotewire.bench.client.EnrichedWatcher;
import io.quotewire.bench.client.IngestClient;
import io.quotewire.bench.client.QueryClient;
import io.quotewire.bench.corpus.CorpusGenerator;
import io.quotewire.bench.corpus.GeneratedArticle;
import io.quotewire.bench.corpus.ParagraphPool;
import io.quotewire.bench.phase.CoreNlpPhase;
import io.quotewire.bench.phase.CoreNlpResult;
import io.quotewire.bench.phase.IngestPhase;
import io.quotewire.bench.phase.IngestRun;
import io.quotewire.bench.phase.LargestArticle;
import io.quotewire.bench.phase.LargestArticlePhase;
import io.quotewire.bench.phase.LatencyRun;
import io.quotewire.bench.phase.NlpThroughput;
import io.quotewire.bench.phase.NlpThroughputPhase;
import io.quotewire.bench.phase.PipelinePhase;
import io.quotewire.bench.phase.QueryLatencies;
import io.quotewire.bench.phase.QueryProbes;
import io.quotewire.bench.phase.StoreEventFactory;
import io.quotewire.bench.phase.StoreFill;
import io.quotewire.bench.phase.StorePhase;
import io.quotewire.bench.report.MachineInfo;
import io.quotewire.bench.stack.LauncherStack;
import java.nio.file.Path;
import io.quotewire.bench.stack.ConsumersHeldOff;
import io.quotewire.bench.stack.CpuTimes;
import io.quotewire.bench.stack.MemorySampler;
import io.quotewire.bench.stack.PortOwners;
import io.quotewire.bench.stack.StackTarget;
import io.quotewire.bench.stack.StoreMaintenance;
import io.quotewire.contracts.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.sql.SQLException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** One benchmark run: the stack, then each phase in an order that keeps one phase's backlog out of the next. */
public final class BenchRun {

    // The local stack's own controller and database ports when the driver starts it.
    static final String NLP_PASS = "nlp-service pass";
    static final String RAW_PASS = "second raw pass";
    // Names of the processes whose CPU figure 1 divides by, in RunResults#cpuSeconds().
    static final String NLP_SERVICE = "nlp-service";
    static final String DRIVER = "driver";
    // The local stack's own database port, for CPU times when attached to it.
    private static final Duration SETTLE = Duration.ofSeconds(5);
    // The driver annotates the corpus twice before the raw pass after the service's (see nlpThroughput).
    private static final int SERVICE_WARM_UP_PASSES = 2;
    private static final int SATURATING_CLIENTS = 4;
    private static final int AFTER_LARGEST = 5;
    private static final Duration LARGEST_TIMEOUT = Duration.ofMinutes(15);

    private final BenchOptions options;
    private final PrintStream out;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Long> peaks = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> cpuSeconds = new LinkedHashMap<>();
    private Map<String, Long> cpuPids = Map.of();

    public BenchRun(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs every phase and returns what was measured. */
    public RunResults run() throws Exception {
        MachineInfo machine = MachineInfo.current();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<GeneratedArticle> corpus = corpus(runId);
        List<GeneratedArticle> measured = corpus.subList(0, options.articles());
        List<GeneratedArticle> light = corpus.subList(options.articles(), corpus.size() - 1);
        GeneratedArticle warmUp = corpus.get(corpus.size() - 1);
        StackTarget target = new StackTarget(options.queryPort(), options.ingestPort(), options.nlpPort(),
                options.kafkaPort());

        LauncherStack ownStack = null;
        Path apiKeyFile = options.projectRoot().resolve(".quotewire/api-key");
        if (!options.attach()) {
            step("starting a local stack of its own (ports " + target.queryPort() + "/" + target.ingestPort() + "/"
                    + target.nlpPort() + ", Kafka " + target.kafkaPort() + ")");
            ownStack = LauncherStack.start(options.projectRoot(),
                    options.projectRoot().resolve("benchmarks/target/bench-stack"), target,
                    options.kafkaPort() + 1, options.postgresPort());
            apiKeyFile = options.projectRoot().resolve("benchmarks/target/bench-stack/data/api-key");
            // Ctrl-C must not leave the broker, the database and three services running.
            LauncherStack stack = ownStack;
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-stop"));
        }
        try {
            return measure(machine, runId, target, measured, light, warmUp, IngestClient.apiKey(apiKeyFile));
        } finally {
            if (ownStack != null) {
                step("stopping the benchmark's stack");
                ownStack.close();
            }
        }
    }

    private RunResults measure(MachineInfo machine, String runId, StackTarget target,
            List<GeneratedArticle> measured, List<GeneratedArticle> light, GeneratedArticle warmUp, String apiKey)
            throws Exception {
        Map<String, Long> pids = servicePids(target);
        Thread.sleep(SETTLE.toMillis());
        Map<String, Long> atRest = MemorySampler.snapshot(pids);
        step("resident memory at rest (MB): " + atRest);

        IngestClient ingest = new IngestClient(target.ingestUrl(), apiKey);
        QueryClient query = new QueryClient(target.queryUrl());
        CoreNlpResult coreNlp;
        NlpThroughput nlp;
        LatencyRun lightRun;
        LatencyRun saturated;
        LargestArticle largest;
        try (EnrichedWatcher watcher = new EnrichedWatcher(target.kafkaBootstrap())) {
            watcher.awaitPositioned();
            try (CoreNlpPhase raw = new CoreNlpPhase()) {
                step("raw CoreNLP on " + measured.size() + " articles (pipeline from PipelineSettings.defaults())");
                coreNlp = raw.run(measured, options.nlpThreads());
                step(String.format(Locale.ROOT, "  %,d tokens; %.0f tokens/s with %d threads; engine/CoreNLP %.3f",
                        coreNlp.sequential().tokens(), coreNlp.tokensPerSecondBefore(), coreNlp.threads(),
                        coreNlp.sequential().engineShare()));
                cpuPids = cpuPids(target, pids);
                nlp = nlpThroughput(target, watcher, measured, coreNlp, runId, pids);
                step("raw CoreNLP again, " + options.nlpThreads() + " threads, on the same articles");
                Map<String, Double> cpuBefore = CpuTimes.snapshot(cpuPids);
                coreNlp = raw.rerunParallel(coreNlp, measured);
                cpuUsedSince(RAW_PASS, cpuBefore);
                step(String.format(Locale.ROOT, "  %.0f tokens/s; nlp-service ÷ raw %.2f",
                        coreNlp.tokensPerSecondAfter(), nlp.tokensPerSecond() / coreNlp.parallelTokensPerSecond()));
            }
            System.gc();
            PipelinePhase pipeline = new PipelinePhase(ingest, query, watcher);
            // One untimed article first, so no figure includes the services' first-request warm-up.
            step("warm-up: one article through the pipeline, untimed");
            pipeline.light(List.of(warmUp), options.lightRate(), Duration.ofMinutes(3));
            step("light load: " + light.size() + " articles at " + options.lightRate() + "/s");
            lightRun = pipeline.light(light, options.lightRate(),
                    Duration.ofSeconds((long) (light.size() / options.lightRate()) + 180));
            step("  " + lightRun.enriched() + " enriched, p50 " + round(lightRun.endToEnd().p50()) + " ms");
            largest = largest(ingest, query, watcher, measured, runId);
            step("saturating load: " + measured.size() + " articles from " + SATURATING_CLIENTS + " clients");
            try (MemorySampler sampler = new MemorySampler(pids)) {
                // The corpus is stored already (figure 1): one more line makes these new articles to ingest.
                saturated = pipeline.saturate(withTrailer(measured, "Saturating load " + runId + "."),
                        SATURATING_CLIENTS, nlpTimeout(measured));
                mergePeaks(sampler.peaks());
            }
            step(String.format(Locale.ROOT, "  %d enriched in %.1f s: %.2f articles/s", saturated.enriched(),
                    saturated.topicSeconds(), saturated.articlesPerSecond()));
        }

        List<StoreFill> fills = new ArrayList<>();
        List<QueryLatencies> queries = new ArrayList<>();
        storePhase(target, query, coreNlp, runId, pids, fills, queries);

        List<IngestRun> ingestRuns = new ArrayList<>();
        if (options.attach()) {
            // How soon held consumers resume once the quota is lifted is not settled (docs/benchmarks.md): a stack
            // the user runs is never held off, so its figure 4 includes the other services' work on the files.
            notes.add("Attached to a running stack: nlp-service and query-service were not held off "
                    + Topics.ARTICLES_INGESTED + " during figure 4, so they competed with ingest for the CPU.");
            ingest(pids, ingest, runId, ingestRuns);
        } else {
            try (ConsumersHeldOff held = ConsumersHeldOff.of(target.kafkaBootstrap(), Topics.ARTICLES_INGESTED)) {
                step("ingest: nlp-service and query-service held off " + Topics.ARTICLES_INGESTED + " (fetch quota on "
                        + held.clientId() + "), so the figure is ingest's own");
                notes.add("Figure 4 is ingest's own: nlp-service and query-service were held off " + Topics.ARTICLES_INGESTED
                        + " while the small files were posted (a broker fetch quota of 1 byte/s on their consumers' client id "
                        + held.clientId() + ", lifted afterwards; nothing is lost, they read the backlog later). The driver "
                        + "posting the files runs on the same machine; its CPU is in the figure's CPU line.");
                ingest(pids, ingest, runId, ingestRuns);
            }
        }

        return new RunResults(machine, options, coreNlp, nlp, lightRun, saturated, largest, fills, queries, ingestRuns,
                Map.copyOf(cpuSeconds), atRest, Map.copyOf(peaks), MachineInfo.currentLoadAverage(), List.copyOf(notes));
    }

    /** Figure 4: the small files, one per request, then {@code --files-per-request} per request. */
    private void ingest(Map<String, Long> pids, IngestClient ingest, String runId,
            List<IngestRun> ingestRuns) throws Exception {
        for (int perRequest : List.of(1, options.filesPerRequest())) {
            step("ingest: " + options.smallFiles() + " small files from " + options.ingestThreads() + " clients, "
                    + perRequest + " per request");
            Map<String, Double> cpuBefore = CpuTimes.snapshot(cpuPids);
            try (MemorySampler sampler = new MemorySampler(pids)) {
                ingestRuns.add(new IngestPhase(ingest).run(options.smallFiles(), options.ingestThreads(), perRequest,
                        runId + "-" + perRequest, Duration.ofMinutes(options.quick() ? 1 : 5)));
                mergePeaks(sampler.peaks());
            }
            cpuUsedSince(ingestPhase(perRequest), cpuBefore);
            IngestRun run = ingestRuns.get(ingestRuns.size() - 1);
            step(String.format(Locale.ROOT, "  %d accepted, %d refused, %.0f files/s (load average %s)", run.accepted(),
                    run.refused(), run.filesPerSecond(), MachineInfo.currentLoadAverage()));
        }
    }

    /**
     * nlp-service's sustained rate on the raw pass's articles, straight from articles.ingested: twice untimed, then
     * timed. So the timed pass is the service's third over the corpus, as the raw pass after it is the driver's (one
     * sequential and one parallel pass before); the raw pass before it, the driver's second, brackets the load.
     * With one warm-up, a freshly started nlp-service spent a third of its CPU in the JIT compiler threads during the
     * timed pass, the driver 15 % (docs/benchmarks.md, "Where nlp-service's CPU goes").
     */
    private NlpThroughput nlpThroughput(StackTarget target, EnrichedWatcher watcher, List<GeneratedArticle> measured,
            CoreNlpResult coreNlp, String runId, Map<String, Long> pids) throws InterruptedException {
        try (EventProducer ingested = new EventProducer(target.kafkaBootstrap(), Topics.ARTICLES_INGESTED)) {
            NlpThroughputPhase phase = new NlpThroughputPhase(ingested, watcher);
            for (int pass = 1; pass <= SERVICE_WARM_UP_PASSES; pass++) {
                step("nlp-service warm-up " + pass + " of " + SERVICE_WARM_UP_PASSES
                        + ": the same articles through Kafka, untimed");
                NlpThroughput warmUp = phase.run(withTrailer(measured, "Warm-up " + pass + " " + runId + "."),
                        Map.of(), nlpTimeout(measured));
                step(String.format(Locale.ROOT, "  %d of %d enriched in %.1f s", warmUp.enriched(),
                        warmUp.published(), warmUp.seconds()));
            }
            step("nlp-service: the same articles put onto " + Topics.ARTICLES_INGESTED + " at once");
            NlpThroughput timed;
            Map<String, Double> cpuBefore = CpuTimes.snapshot(cpuPids);
            try (MemorySampler sampler = new MemorySampler(pids)) {
                timed = phase.run(measured, coreNlp.tokensByText(), nlpTimeout(measured));
                mergePeaks(sampler.peaks());
            }
            cpuUsedSince(NLP_PASS, cpuBefore);
            step(String.format(Locale.ROOT, "  %d of %d enriched in %.1f s: %.2f articles/s, %.0f tokens/s",
                    timed.enriched(), timed.published(), timed.seconds(), timed.articlesPerSecond(),
                    timed.tokensPerSecond()));
            return timed;
        }
    }

    /**
     * Figure 7: the largest accepted article beside raw CoreNLP on the same text, then through the pipeline with a
     * few corpus articles (made new by one more line) posted right after it; null when left out.
     */
    private LargestArticle largest(IngestClient ingest, QueryClient query, EnrichedWatcher watcher,
            List<GeneratedArticle> measured, String runId) throws Exception {
        if (options.largestChars() <= 0) {
            return null;
        }
        GeneratedArticle article = largestArticle(runId);
        List<GeneratedArticle> after = withTrailer(measured.subList(0, Math.min(AFTER_LARGEST, measured.size())),
                "Posted after the largest article " + runId + ".");
        step(String.format(Locale.ROOT, "largest article: %,d characters, raw CoreNLP on it (whole, then in %,d-character"
                + " chunks), through the pipeline with %d articles posted right after it, raw in chunks again",
                article.text().length(), nlpChunkChars(), after.size()));
        LargestArticle result = new LargestArticlePhase(ingest, query, watcher).run(article, after,
                options.nlpThreads(), nlpChunkChars(), LARGEST_TIMEOUT);
        step(String.format(Locale.ROOT, "  raw CoreNLP %.1f s whole, %.1f s then %.1f s in %d chunks; POST → %s %.1f s",
                result.rawWholeSeconds(), result.rawChunkedBefore(), result.rawChunkedAfter(), result.chunks(),
                result.status(), result.enrichedSeconds()));
        System.gc();
        return result;
    }

    /** Corpus articles one after another, cut to exactly {@code --largest-chars} characters. */
    private GeneratedArticle largestArticle(String runId) {
        ParagraphPool pool = ParagraphPool.read(options.corpusDirs());
        String title = "The largest article " + runId;
        StringBuilder text = new StringBuilder(title).append("\n\n");
        // About 4,000 characters each: enough articles for the default 1,000,000, repeated for a longer one.
        List<GeneratedArticle> sources = new CorpusGenerator(pool, options.seed() + 1)
                .generate(options.largestChars() / 2_000 + 1);
        for (int i = 0; text.length() < options.largestChars(); i++) {
            text.append(sources.get(i % sources.size()).text()).append("\n\n");
        }
        text.setLength(options.largestChars() - 1);
        return new GeneratedArticle(title, text.append('.').toString(), List.of());
    }

    /** nlp-service's chunk size, from its application.properties, so the raw chunked pass cuts the same chunks. */
    private int nlpChunkChars() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(options.projectRoot()
                .resolve("nlp-service/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("quotewire.nlp.chunk-chars").trim());
    }

    /** The services, the broker, the database (with its connection processes) and this driver, for CPU times. */
    private Map<String, Long> cpuPids(StackTarget target, Map<String, Long> servicePids) {
        Map<String, Long> pids = new LinkedHashMap<>(servicePids);
        PortOwners.pidListeningOn(target.kafkaPort()).ifPresent(pid -> pids.put("kafka", pid));
        PortOwners.pidListeningOn(options.postgresPort()).ifPresent(pid -> pids.put("postgres", pid));
        pids.put(DRIVER, ProcessHandle.current().pid());
        return pids;
    }

    /** The ingest run's name in {@link RunResults#cpuSeconds()}. */
    public static String ingestPhase(int filesPerRequest) {
        return "ingest, " + filesPerRequest + " per request";
    }

    /** The store filling's name in {@link RunResults#cpuSeconds()}. */
    public static String storePhase(long size) {
        return "store, filling to " + size;
    }

    private void cpuUsedSince(String phase, Map<String, Double> before) {
        Map<String, Double> used = rounded(CpuTimes.between(before, CpuTimes.snapshot(cpuPids)));
        cpuSeconds.put(phase, used);
        step("  CPU seconds used: " + used);
    }

    private static Map<String, Double> rounded(Map<String, Double> seconds) {
        Map<String, Double> tenths = new LinkedHashMap<>();
        seconds.forEach((name, value) -> tenths.put(name, Math.round(value * 10) / 10.0));
        return tenths;
    }

    private static Duration nlpTimeout(List<GeneratedArticle> articles) {
        return Duration.ofSeconds(180 + 5L * articles.size());
    }

    private static List<GeneratedArticle> withTrailer(List<GeneratedArticle> articles, String line) {
        return articles.stream().map(article -> article.withTrailer(line)).toList();
    }

    private void storePhase(StackTarget target, QueryClient query, CoreNlpResult coreNlp, String runId,
            Map<String, Long> pids, List<StoreFill> fills, List<QueryLatencies> queries) throws InterruptedException {
        QueryProbes probes = QueryProbes.from(coreNlp.templates());
        try (EventProducer producer = new EventProducer(target.kafkaBootstrap(),
                Topics.ARTICLES_ENRICHED);
                MemorySampler sampler = new MemorySampler(pids)) {
            StorePhase store = new StorePhase(query, producer, new StoreEventFactory(coreNlp.templates(), runId));
            for (long size : options.storeSizes()) {
                step(String.format(Locale.ROOT, "store: filling to %,d articles", size));
                Map<String, Double> cpuBefore = CpuTimes.snapshot(cpuPids);
                StoreFill fill = store.fill(size, storeLimit(size));
                cpuUsedSince(storePhase(size), cpuBefore);
                fills.add(fill);
                step(String.format(Locale.ROOT, "  %,d events published, %,d articles stored, %.0f articles/s",
                        fill.published(), fill.reached(), fill.articlesPerSecond()));
                vacuumAnalyze();
                if (!fill.complete()) {
                    notes.add(String.format(Locale.ROOT, "The store reached %,d of %,d articles within the time "
                            + "limit; the queries for that size were timed at %,d.", fill.reached(), size,
                            fill.reached()));
                }
                queries.add(store.measure(probes, options.queries()));
            }
            mergePeaks(sampler.peaks());
        }
    }

    /** The store's statistics and index lists brought up to date before its queries are timed (see the notes). */
    private void vacuumAnalyze() {
        try {
            double seconds = StoreMaintenance.vacuumAnalyze(options.postgresPort());
            step(String.format(Locale.ROOT, "  VACUUM ANALYZE of the store: %.1f s", seconds));
            String note = "After each fill the driver ran VACUUM ANALYZE on the store (as autovacuum does on its own a "
                    + "few minutes after a bulk load), so the queries are planned on the store's real size.";
            if (!notes.contains(note)) {
                notes.add(note);
            }
        } catch (SQLException e) {
            notes.add("VACUUM ANALYZE after a fill failed (" + e.getMessage() + "): the queries were timed on the "
                    + "statistics autovacuum had gathered by then.");
        }
    }

    private Duration storeLimit(long size) {
        // Measured on a busy 2-core machine: query-service stores 9-27 enriched articles a second. Past the limit
        // the run goes on and times the queries at the size reached, saying so in the notes.
        double minutes = options.storeMinutes() > 0 ? options.storeMinutes() : Math.max(5, size / 1500.0);
        return Duration.ofSeconds((long) (minutes * 60));
    }

    private List<GeneratedArticle> corpus(String runId) {
        ParagraphPool pool = ParagraphPool.read(options.corpusDirs());
        List<GeneratedArticle> generated = new CorpusGenerator(pool, options.seed())
                .generate(options.articles() + options.lightArticles() + 1);
        // The edition line keeps this run's articles new to a store that already holds an earlier run's.
        return generated.stream().map(a -> a.withTrailer("Edition " + runId + ".")).toList();
    }

    private Map<String, Long> servicePids(StackTarget target) {
        Map<String, Integer> ports = Map.of("query-service", target.queryPort(), "ingest-service",
                target.ingestPort(), NLP_SERVICE, target.nlpPort());
        Map<String, Long> pids = new LinkedHashMap<>();
        ports.forEach((name, port) -> PortOwners.pidListeningOn(port).ifPresentOrElse(pid -> pids.put(name, pid),
                () -> notes.add("No process visible on port " + port + " (" + name + "): its memory is not "
                        + "measured.")));
        return pids;
    }

    private void mergePeaks(Map<String, Long> sampled) {
        sampled.forEach((name, mb) -> peaks.merge(name, mb, Math::max));
    }

    private void step(String message) {
        out.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), message);
    }

    private static long round(double value) {
        return Math.round(value);
    }
}
