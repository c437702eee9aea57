package io.quotewire.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hard-linked copies of the packaged services and the launcher, taken when the run starts. A build running at the
 * same time replaces the files in {@code target/}; a service started from those very files can then hang while
 * loading a class (seen here: ingest-service stuck in Quarkus's class loader). The links keep this run's files.
 */
public final class AppSnapshot {

    /** What the launcher needs, relative to the repository root. */
    static final List<String> PARTS = List.of(
            "ingest-service/target/quarkus-app",
            "nlp-service/target/quarkus-app",
            "query-service/target/quarkus-app",
            "deploy/local-stack/target/quotewire-launcher.jar",
            "deploy/local-stack/target/lib");

    private AppSnapshot() {}

    /** Links (or, across file systems, copies) every part into {@code snapshotRoot}, which is emptied first. */
    public static Path take(Path projectRoot, Path snapshotRoot) {
        delete(snapshotRoot);
        for (String part : PARTS) {
            Path source = projectRoot.resolve(part);
            if (!Files.exists(source)) {
                throw new IllegalStateException(source + " is missing: build the stack first with ./mvnw -B "
                        + "package -DskipTests -pl deploy/local-stack,ingest-service,nlp-service,query-service -am");
            }
            mirror(source, snapshotRoot.resolve(part));
        }
        return snapshotRoot;
    }

    /** Deletes a folder and everything under it, if it exists. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }

    private static void mirror(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    link(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot snapshot " + source, e);
        }
    }

    private static void link(Path file, Path copy) throws IOException {
        try {
            Files.createLink(copy, file);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, copy);
        }
    }
}
