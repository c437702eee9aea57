package io.quotewire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The driver's command line.
 *
 * @param articles corpus articles for figures 1–3 (the raw pass and the saturating run use all of them)
 * @param lightArticles articles sent at light load, one at a time
 * @param lightRate at most this many articles per second at light load
 * @param storeSizes article counts at which the queries are timed, ascending
 * @param smallFiles small files posted for figure 4
 * @param ingestThreads clients posting them at once
 * @param filesPerRequest files in each request of the second ingest run (the first sends one per request)
 * @param storeMinutes time limit for filling the store to each size, in minutes (0: derived from the size)
 * @param queries timed requests per query and store size
 * @param nlpThreads documents the raw pass annotates at once (nlp-service's worker concurrency)
 * @param largestChars length of the largest article of figure 7 (ingest's limit), 0 to leave figure 7 out
 * @param attach measure a stack that is already running instead of starting one
 * @param postgresPort the stack's PostgreSQL; the broker's controller listens on {@code kafkaPort + 1}
 */
public record BenchOptions(
        Path projectRoot,
        List<Path> corpusDirs,
        long seed,
        int articles,
        int lightArticles,
        double lightRate,
        List<Long> storeSizes,
        double storeMinutes,
        int smallFiles,
        int ingestThreads,
        int filesPerRequest,
        int queries,
        int nlpThreads,
        int largestChars,
        boolean quick,
        boolean attach,
        int queryPort,
        int ingestPort,
        int nlpPort,
        int kafkaPort,
        int postgresPort,
        Path outDir) {

    static final String USAGE = """
            Usage: java -jar benchmarks/target/quotewire-bench.jar [options]

              --quick               small run (< 5 min on a quiet machine): 12 articles, 4 light, store 500,2000,
                                    1000 files, 75 s per store size
              --articles N          corpus articles for raw CoreNLP and the saturating run (default 60)
              --light-articles N    articles sent at light load (default 10)
              --light-rate R        light load: at most R articles per second, and one at a time (default 0.5)
              --store A,B,...       store sizes at which queries are timed (default 10000,100000)
              --store-minutes M     time limit for filling the store to each size (default: 1.25 with --quick,
                                    else 5 minutes or one minute per 1,500 articles, whichever is longer)
              --small-files N       small files for the ingest throughput (default 5000)
              --ingest-threads N    clients posting them at once (default 8)
              --files-per-request N files per request in the second ingest run; the first sends 1 (default 20)
              --queries N           timed requests per query and store size (default 300)
              --nlp-threads N       documents the raw CoreNLP pass annotates at once (default 2, as nlp-service)
              --largest-chars N     length of the largest article, timed beside raw CoreNLP (default 1000000,
                                    ingest's limit; 0 leaves that figure out)
              --corpus PATH         article folder (.txt/.md) or .jsonl file (its "text" fields) to recombine
                                    (repeatable; default seeds/)
              --seed N              corpus seed (default 42)
              --attach              measure the stack already running (./quotewire up --no-seeds) on the ports
                                    below instead of starting one on the benchmark's own ports
              --query-port N --ingest-port N --nlp-port N --kafka-port N --postgres-port N
                                    ports (default 8080 8081 8082 19092 15432 with --attach, else 18080 18081 18082
                                    29092 25432; the own stack's broker controller listens on the Kafka port + 1)
              --root DIR            repository root (default: the working directory)
              --out DIR             where latest.json and latest.md go (default benchmarks/results)
            """;

    /** Parses the arguments; unknown options and bad numbers are an {@link IllegalArgumentException}. */
    public static BenchOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        boolean attach = Arrays.asList(args).contains("--attach");
        Path root = Path.of("").toAbsolutePath();
        List<Path> corpus = new ArrayList<>();
        long seed = 42;
        int articles = quick ? 12 : 60;
        int light = quick ? 4 : 10;
        double rate = 0.5;
        List<Long> store = quick ? List.of(500L, 2000L) : List.of(10_000L, 100_000L);
        double storeMinutes = quick ? 1.25 : 0;
        int files = quick ? 1000 : 5000;
        int ingestThreads = 8;
        int filesPerRequest = 20;
        int queries = quick ? 60 : 300;
        int nlpThreads = 2;
        int largestChars = 1_000_000;
        int queryPort = attach ? 8080 : 18080;
        int ingestPort = attach ? 8081 : 18081;
        int nlpPort = attach ? 8082 : 18082;
        int kafkaPort = attach ? 19092 : 29092;
        int postgresPort = attach ? 15432 : 25432;
        Path out = null;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--quick", "--attach" -> { }
                case "--articles" -> articles = positive(option, it);
                case "--light-articles" -> light = positive(option, it);
                case "--light-rate" -> rate = positiveDouble(option, it);
                case "--store" -> store = sizes(value(option, it));
                case "--store-minutes" -> storeMinutes = positiveDouble(option, it);
                case "--small-files" -> files = positive(option, it);
                case "--ingest-threads" -> ingestThreads = positive(option, it);
                case "--files-per-request" -> filesPerRequest = positive(option, it);
                case "--queries" -> queries = positive(option, it);
                case "--nlp-threads" -> nlpThreads = positive(option, it);
                case "--largest-chars" -> largestChars = Integer.parseInt(value(option, it));
                case "--corpus" -> corpus.add(Path.of(value(option, it)));
                case "--seed" -> seed = Long.parseLong(value(option, it));
                case "--query-port" -> queryPort = positive(option, it);
                case "--ingest-port" -> ingestPort = positive(option, it);
                case "--nlp-port" -> nlpPort = positive(option, it);
                case "--kafka-port" -> kafkaPort = positive(option, it);
                case "--postgres-port" -> postgresPort = positive(option, it);
                case "--root" -> root = Path.of(value(option, it)).toAbsolutePath();
                case "--out" -> out = Path.of(value(option, it));
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        if (corpus.isEmpty()) {
            corpus.add(root.resolve("seeds"));
        }
        return new BenchOptions(root.normalize(), List.copyOf(corpus), seed, articles, light, rate, store,
                storeMinutes, files,
                ingestThreads, filesPerRequest, queries, nlpThreads, largestChars, quick, attach, queryPort, ingestPort,
                nlpPort, kafkaPort, postgresPort,
                out != null ? out : root.resolve("benchmarks/results"));
    }

    /** The options as one line for the results' heading. */
    public String describe() {
        return (quick ? "--quick, " : "") + (attach ? "attached to a running stack, " : "own stack, ")
                + articles + " corpus articles (seed " + seed + ", from " + corpusNames() + "), " + lightArticles
                + " at " + lightRate
                + "/s, store sizes " + storeSizes + ", " + smallFiles + " small files (1 and " + filesPerRequest
                + " per request) from " + ingestThreads
                + " clients, " + queries + " requests per query, raw CoreNLP with " + nlpThreads + " threads"
                + (largestChars > 0 ? ", largest article " + largestChars + " characters" : "");
    }

    private String corpusNames() {
        return String.join(" + ", corpusDirs.stream().map(path -> {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }).toList());
    }

    private static List<Long> sizes(String raw) {
        List<Long> sizes = new ArrayList<>();
        for (String part : raw.split(",")) {
            long size = Long.parseLong(part.trim().replace("_", ""));
            if (size <= 0) {
                throw new IllegalArgumentException("--store sizes must be positive: " + raw);
            }
            sizes.add(size);
        }
        return sizes.stream().sorted().toList();
    }

    private static int positive(String option, Iterator<String> it) {
        int value = Integer.parseInt(value(option, it));
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }

    private static double positiveDouble(String option, Iterator<String> it) {
        double value = Double.parseDouble(value(option, it));
        if (!(value > 0)) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
