package io.quotewire.stack;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code ./quotewire ingest PATH...}: uploads files and folders to a running stack with a progress bar, several files
 * per request ({@link UploadBatches}), waiting out rate limits, so that every file ends accepted, duplicate or
 * rejected with its reason, and the summary counts what the query API then holds.
 */
public final class IngestCommand {

    static final String DEFAULT_URL = "http://localhost:" + StackSettings.DEFAULT_INGEST_PORT;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;

    public IngestCommand(PrintStream out) {
        this.out = out;
    }

    /** Uploads everything and returns the exit status: 0 when no file was rejected, 1 otherwise. */
    public int run(List<String> args) {
        String url = DEFAULT_URL;
        String apiKey = System.getenv("QUOTEWIRE_API_KEY");
        int batch = UploadBatches.DEFAULT_FILES;
        List<Path> paths = new ArrayList<>();
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            String arg = it.next();
            if (arg.equals("--url")) {
                url = StackSettings.value(arg, it);
            } else if (arg.equals("--api-key")) {
                apiKey = StackSettings.value(arg, it);
            } else if (arg.equals("--batch")) {
                batch = batchSize(StackSettings.value(arg, it));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option for ingest: " + arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("ingest needs at least one file or folder");
        }
        List<Path> files = FileCollector.collect(paths);
        if (apiKey == null) {
            // The key ./quotewire up generated for this checkout's stack, if it ran here.
            apiKey = ApiKeyFile.existing(Path.of(System.getProperty("quotewire.home", ".")).resolve(".quotewire"));
        }
        Uploader uploader = new Uploader(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), url, apiKey);
        UploadSummary summary = new UploadSummary();
        ProgressBar bar = new ProgressBar(out, files.size(), BAR_WIDTH);
        Instant started = Instant.now();
        out.println("Uploading " + files.size() + (files.size() == 1 ? " file" : " files") + " to " + url);
        for (List<Path> request : UploadBatches.of(files, batch)) {
            List<UploadOutcome> outcomes = uploader.upload(request);
            for (UploadOutcome outcome : outcomes) {
                summary.add(outcome);
                bar.advance(outcome.file().getFileName().toString());
            }
        }
        bar.finish();
        out.println(summary.render(Duration.between(started, Instant.now())));
        return summary.rejections().isEmpty() ? 0 : 1;
    }

    private static int batchSize(String raw) {
        try {
            int size = Integer.parseInt(raw);
            if (size >= 1 && size <= UploadBatches.MAX_FILES) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException("--batch needs a number of files from 1 to " + UploadBatches.MAX_FILES + ", not " + raw);
    }
}
