package io.quotewire.engine.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Annotates texts with the production CoreNLP settings, keeping each annotation in a folder (one gzipped JSON file
 * per text, named by the SHA-256 of the text and the settings) so that a second evaluation run of the same set skips
 * CoreNLP and takes seconds. Without a folder it annotates every time. The pipeline loads on first need.
 */
public final class AnnotationCache implements Function<String, AnnotatedText> {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path folder;
    private StanfordCoreNLP pipeline;

    /** A cache in {@code folder}, or none when it is null. */
    public AnnotationCache(Path folder) {
        this.folder = folder;
    }

    @Override
    public AnnotatedText apply(String text) {
        Path file = folder == null ? null : folder.resolve(key(text) + ".json.gz");
        try {
            if (file != null && Files.exists(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    return mapper.readValue(in, AnnotatedText.class);
                }
            }
            AnnotatedText annotated = annotate(text);
            if (file != null) {
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, "annotation", ".tmp");
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
                    mapper.writeValue(out, annotated);
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return annotated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized AnnotatedText annotate(String text) {
        if (pipeline == null) {
            pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        }
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        return AnnotatedText.of(document);
    }

    private static String key(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(PipelineSettings.defaults().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
