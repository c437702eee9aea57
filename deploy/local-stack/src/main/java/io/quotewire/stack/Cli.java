package io.quotewire.stack;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code ./quotewire}: dispatches {@code up}, {@code ingest} and {@code help}. */
public final class Cli {

    static final String USAGE = """
            Usage: ./quotewire <command> [options]

              up [--no-seeds] [--data-dir DIR] [--kafka-port N] [--kafka-controller-port N]
                 [--postgres-port N] [--query-port N] [--ingest-port N] [--nlp-port N]
                  Build what is missing, start Kafka, PostgreSQL and the three services, ingest seeds/,
                  print who said what and the URLs; Ctrl-C stops everything. Data stays in .quotewire/.
                  Defaults: Kafka 19092 (controller 19093), PostgreSQL 15432, query 8080, ingest 8081, nlp 8082.
              ingest [--url URL] [--api-key KEY] [--batch N] PATH...
                  Upload files, or folders recursively, to a running stack (default URL http://localhost:8081),
                  N files per request (default 20), waiting out rate limits (429/503 Retry-After).
                  The API key defaults to $QUOTEWIRE_API_KEY, else the one ./quotewire up keeps in .quotewire/.
              bench [--quick] [--articles N] [--store N,N] ...
                  Benchmark the pipeline beside raw CoreNLP on a stack of its own (docs/benchmarks.md).
              eval FILE.jsonl [--json OUT.json]
                  Score the NLP engine on an annotated gold set, no stack needed (nlp-engine/README.md).
              eval-entities FILE.jsonl [--no-gazetteer] [--errors]
                  Score the engine's person, organisation and place names on an entity gold set (nlp-engine/README.md).
              engine-bench [--articles N] [--json OUT.json]
                  Time CoreNLP and the attribution engine apart on the seeds (nlp-engine/README.md).
              help
                  Show this text.
            """;

    private Cli() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        List<String> options = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        try {
            switch (command) {
                case "up" -> new UpCommand(StackSettings.parse(projectRoot(), options), kafkaClasspath(), out).run();
                case "ingest" -> System.exit(new IngestCommand(out).run(options));
                case "help", "--help", "-h" -> out.print(USAGE);
                default -> throw new UsageException("unknown command: " + command);
            }
        } catch (UsageException e) {
            System.err.println("quotewire: " + e.getMessage() + "\n\n" + USAGE);
            System.exit(2);
        } catch (StackException e) {
            System.err.println("\nquotewire: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** The repository root: set by the ./quotewire script, else the working directory. */
    static Path projectRoot() {
        String home = System.getProperty("quotewire.home");
        return Path.of(home != null ? home : "").toAbsolutePath().normalize();
    }

    /** The lib/ folder beside the launcher jar, where the build copied the Kafka server and its dependencies. */
    static String kafkaClasspath() {
        try {
            Path jar = Path.of(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.resolveSibling("lib").resolve("*").toString();
        } catch (URISyntaxException e) {
            throw new StackException("Cannot locate the launcher jar", e);
        }
    }
}
