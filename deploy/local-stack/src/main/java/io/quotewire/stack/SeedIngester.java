package io.quotewire.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Uploads the seed articles and waits until query-service shows each as enriched (or failed). */
public final class SeedIngester {

    private static final Duration POLL = Duration.ofMillis(200);
    /** The file in the seeds folder naming each seed's publication day. */
    static final String PUBLICATION_DAYS = ".publication-days.tsv";

    private final Uploader uploader;
    private final QueryApi query;
    private final PrintStream out;

    public SeedIngester(Uploader uploader, QueryApi query, PrintStream out) {
        this.uploader = uploader;
        this.query = query;
        this.out = out;
    }

    /** Posts every article under the folder, then reports each one's final status and time from POST to it. */
    public List<SeedResult> ingest(Path seedsDir, Duration timeout) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        List<SeedResult> results = new ArrayList<>();
        Map<String, String> days = publicationDays(seedsDir);
        for (Path file : articles(seedsDir)) {
            Instant posted = Instant.now();
            UploadOutcome outcome = uploader.upload(file, days.get(file.getFileName().toString()));
            if (outcome.kind() == UploadOutcome.Kind.REJECTED || outcome.articleId() == null) {
                results.add(report(new SeedResult(file, outcome.kind(), "rejected: " + outcome.reason(), null)));
            } else {
                pending.put(outcome.articleId(), new Pending(file, outcome.kind(), posted));
            }
        }
        Instant deadline = Instant.now().plus(timeout);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                Optional<String> status = query.status(entry.getKey());
                if (status.isPresent() && !status.get().equals("processing")) {
                    Pending seed = entry.getValue();
                    Duration took = Duration.between(seed.posted, Instant.now());
                    results.add(report(new SeedResult(seed.file, seed.upload, status.get(), took)));
                    it.remove();
                }
            }
            Pause.of(POLL);
        }
        pending.values().forEach(seed -> results.add(report(
                new SeedResult(seed.file, seed.upload, "still processing after " + timeout.toSeconds() + " s", null))));
        return results;
    }

    /**
     * The day each seed was published, from the folder's {@value #PUBLICATION_DAYS} (file name, tab, ISO day; a
     * hidden file, so no upload takes it for an article): the seeds' texts carry no dateline.
     */
    static Map<String, String> publicationDays(Path seedsDir) {
        Map<String, String> days = new LinkedHashMap<>();
        Path list = seedsDir.resolve(PUBLICATION_DAYS);
        if (!java.nio.file.Files.isRegularFile(list)) {
            return days;
        }
        try {
            for (String line : java.nio.file.Files.readAllLines(list)) {
                String[] fields = line.split("\t");
                if (fields.length == 2 && !line.startsWith("#")) {
                    days.put(fields[0].strip(), fields[1].strip());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read " + list, e);
        }
        return days;
    }

    /** The seed files, without the folder's README, which describes the seeds and is not one. */
    static List<Path> articles(Path seedsDir) {
        return FileCollector.collect(List.of(seedsDir)).stream()
                .filter(file -> !file.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
                .toList();
    }

    private SeedResult report(SeedResult result) {
        out.println("  " + result.describe());
        return result;
    }

    private record Pending(Path file, UploadOutcome.Kind upload, Instant posted) {}

    /** A seed's upload classification, final status and time from POST to that status (null if none). */
    public record SeedResult(Path file, UploadOutcome.Kind upload, String status, Duration postToFinal) {

        String describe() {
            String timing = postToFinal == null ? ""
                    : String.format(Locale.ROOT, " %.1f s after POST", postToFinal.toMillis() / 1000.0);
            return String.format(Locale.ROOT, "%-32s %-9s → %s%s", file.getFileName(),
                    upload.name().toLowerCase(Locale.ROOT), status, timing);
        }
    }
}
