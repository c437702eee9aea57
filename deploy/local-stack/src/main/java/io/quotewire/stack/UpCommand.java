package io.quotewire.stack;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code ./quotewire up}: starts the local stack, ingests the seeds, prints who said what and the URLs, waits. */
public final class UpCommand {

    private static final Duration SEED_TIMEOUT = Duration.ofMinutes(5);
    private static final int TABLE_QUOTES = 100;

    private final StackSettings settings;
    private final String kafkaClasspath;
    private final PrintStream out;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public UpCommand(StackSettings settings, String kafkaClasspath, PrintStream out) {
        this.settings = settings;
        this.kafkaClasspath = kafkaClasspath;
        this.out = out;
    }

    /** Starts the stack and blocks until the JVM is told to stop (Ctrl-C); the shutdown hook stops the stack. */
    public void run() throws InterruptedException {
        out.println("Quotewire local stack — data in " + settings.dataDir());
        List<String> leftovers = LeftoverProcesses.stop(settings.dataDir(), settings.dataDir().resolve("postgres"));
        if (!leftovers.isEmpty()) {
            out.println("  stopped leftovers of an earlier run: " + String.join(", ", leftovers));
        }
        PortGuard.requireFree(settings.ports());

        StepClock clock = new StepClock(out);
        LocalStack stack = new LocalStack(settings, kafkaClasspath);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            out.println("\nStopping the local stack…");
            stack.close();
            out.println("Stopped. Data kept in " + settings.dataDir());
        }, "quotewire-stop"));
        try {
            stack.start(clock, out);
            out.println(String.format(Locale.ROOT, "Stack up in %.1f s.", StepClock.seconds(clock.elapsed())));
            showSeedsAndUrls(stack.apiKey());
        } catch (StackException e) {
            if (!stopping.get()) {
                throw e;
            }
            // Ctrl-C while starting: the services went away under our feet; the shutdown hook says the rest.
        }
        new CountDownLatch(1).await();
    }

    private void showSeedsAndUrls(String apiKey) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        QueryApi query = new QueryApi(http, settings.queryUrl());
        if (settings.ingestSeeds() && Files.isDirectory(settings.projectRoot().resolve("seeds"))) {
            out.println("\nIngesting seeds/:");
            new SeedIngester(new Uploader(http, settings.ingestUrl(), apiKey), query, out)
                    .ingest(settings.projectRoot().resolve("seeds"), SEED_TIMEOUT);
            QueryApi.QuotePage page = query.quotes(TABLE_QUOTES);
            out.println("\nWho said what (" + page.total() + " quotes" + (page.total() > page.quotes().size()
                    ? ", table built from the first " + page.quotes().size() : "") + "):");
            out.println(WhoSaidWhatTable.render(page.quotes()));
        }
        out.println();
        out.println(urls());
        out.println("API key         " + apiKey + "   (header X-Api-Key for writes; kept in "
                + settings.dataDir().resolve(ApiKeyFile.FILE_NAME) + ")");
        out.println("\nRunning. Press Ctrl-C to stop everything.");
    }

    private String urls() {
        return String.join("\n",
                "web page        " + settings.queryUrl() + "/",
                "query-service   " + settings.queryUrl() + "/articles   " + settings.queryUrl() + "/quotes",
                "                Swagger UI " + settings.queryUrl() + "/q/swagger-ui",
                "ingest-service  POST " + settings.ingestUrl() + "/articles   (or ./quotewire ingest PATH...)",
                "                Swagger UI " + settings.ingestUrl() + "/q/swagger-ui",
                "nlp-service     POST " + settings.nlpUrl() + "/enrich",
                "                Swagger UI " + settings.nlpUrl() + "/q/swagger-ui",
                "health          " + settings.queryUrl() + "/q/health  " + settings.ingestUrl() + "/q/health  "
                        + settings.nlpUrl() + "/q/health",
                "Kafka           localhost:" + settings.kafkaPort() + "   PostgreSQL "
                        + "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + LocalStack.DATABASE
                        + " (user/password " + PostgresServer.USER + ")",
                "logs            " + settings.logDir());
    }
}
