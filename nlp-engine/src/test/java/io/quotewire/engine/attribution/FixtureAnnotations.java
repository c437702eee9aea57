package io.quotewire.engine.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.AnnotatedToken;
import io.quotewire.engine.annotation.NamedSpan;
import io.quotewire.engine.corenlp.DatedDocument;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fast lane's CoreNLP: the annotation real CoreNLP gave each test text, read from
 * {@code src/test/resources/attribution/annotations.jsonl}, so the engine's tests run in milliseconds without loading
 * the models. A text with no stored annotation fails its test with the command that records it
 * ({@code -Dquotewire.fixtures=record} annotates missing texts with the real pipeline and writes the file);
 * {@code AnnotationFixturesIT} checks in {@code verify} that every stored annotation is still what CoreNLP gives.
 */
final class FixtureAnnotations {

    /** Where the annotations live, relative to the nlp-engine module (the tests' working directory). */
    static final Path SOURCE = Path.of("src/test/resources/attribution/annotations.jsonl");
    static final String RECORD_COMMAND = "./mvnw -B -pl nlp-engine -am test -Dquotewire.fixtures=record";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final boolean RECORD = "record".equals(System.getProperty("quotewire.fixtures"));
    private static final Map<String, AnnotatedText> STORED = load();
    private static StanfordCoreNLP recorder;
    private static boolean changed;

    private FixtureAnnotations() {}

    /** The stored annotation of {@code text}; in record mode a missing one is made by CoreNLP and stored. */
    static synchronized AnnotatedText of(String text) {
        AnnotatedText stored = STORED.get(text);
        if (stored != null) {
            return stored;
        }
        if (!RECORD) {
            throw new AssertionError("No stored CoreNLP annotation for the test text «" + abbreviate(text)
                    + "». Record it with: " + RECORD_COMMAND);
        }
        AnnotatedText annotated = annotateLive(text);
        STORED.put(text, annotated);
        if (!changed) {
            changed = true;
            Runtime.getRuntime().addShutdownHook(new Thread(FixtureAnnotations::write));
        }
        return annotated;
    }

    /** Every stored text with its annotation. */
    static Map<String, AnnotatedText> all() {
        return Map.copyOf(STORED);
    }

    /** {@code text} annotated now by the real pipeline with the production settings (loads the models once). */
    static AnnotatedText annotateLive(String text) {
        return annotateLive(text, null);
    }

    /** {@code text} published on {@code day} (null: not known, as the stored ones) annotated now by the real pipeline. */
    static synchronized AnnotatedText annotateLive(String text, LocalDate day) {
        if (recorder == null) {
            recorder = new StanfordCoreNLP(PipelineSettings.defaults());
        }
        CoreDocument document = DatedDocument.of(text, day);
        recorder.annotate(document);
        return AnnotatedText.of(document);
    }

    private static Map<String, AnnotatedText> load() {
        Map<String, AnnotatedText> result = new TreeMap<>();
        InputStream in = FixtureAnnotations.class.getResourceAsStream("/attribution/annotations.jsonl");
        if (in == null) {
            return result;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    AnnotatedText annotated = fromJson(MAPPER.readTree(line));
                    result.put(annotated.text(), annotated);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * One line per text, sorted by text, each token as [word, lemma, pos, ner, begin, end, sentence], each mention as
     * [begin, end, type] or, with CoreNLP's normalised value, [begin, end, type, value]: diffs stay small.
     */
    private static synchronized void write() {
        try (Writer out = Files.newBufferedWriter(SOURCE, StandardCharsets.UTF_8)) {
            for (AnnotatedText annotated : new TreeMap<>(STORED).values()) {
                out.write(MAPPER.writeValueAsString(toJson(annotated)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toJson(AnnotatedText annotated) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", annotated.text());
        ArrayNode tokens = node.putArray("tokens");
        for (AnnotatedToken t : annotated.tokens()) {
            tokens.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.begin()).add(t.end())
                    .add(t.sentence());
        }
        ArrayNode mentions = node.putArray("mentions");
        for (NamedSpan m : annotated.mentions()) {
            ArrayNode mention = mentions.addArray().add(m.begin()).add(m.end()).add(m.type());
            if (m.value() != null) {
                mention.add(m.value());
            }
        }
        return node;
    }

    private static AnnotatedText fromJson(JsonNode node) {
        List<AnnotatedToken> tokens = new ArrayList<>();
        for (JsonNode t : node.get("tokens")) {
            tokens.add(new AnnotatedToken(t.get(0).asText(), t.get(1).asText(), t.get(2).asText(), t.get(3).asText(),
                    t.get(4).asInt(), t.get(5).asInt(), t.get(6).asInt()));
        }
        List<NamedSpan> mentions = new ArrayList<>();
        for (JsonNode m : node.get("mentions")) {
            mentions.add(new NamedSpan(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asText(),
                    m.has(3) ? m.get(3).asText() : null));
        }
        return new AnnotatedText(node.get("text").asText(), tokens, mentions);
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "…";
    }
}
