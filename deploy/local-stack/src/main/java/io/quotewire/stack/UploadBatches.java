package io.quotewire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits files into upload requests: at most {@code files} per request (ingest takes 200) and about 8 MiB of them,
 * far under ingest's 100 MiB body limit, so that one request costs one rate-limit token instead of one per file.
 */
final class UploadBatches {

    static final int DEFAULT_FILES = 20;
    /** ingest-service's quotewire.ingest.max-files. */
    static final int MAX_FILES = 200;
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private UploadBatches() {}

    /** The requests, in file order; a file larger than the byte bound goes alone. */
    static List<List<Path>> of(List<Path> files, int filesPerRequest) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long size = sizeOf(file);
            if (!batch.isEmpty() && (batch.size() >= filesPerRequest || bytes + size > MAX_BYTES)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(file);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
