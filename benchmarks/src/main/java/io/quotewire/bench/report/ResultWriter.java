package io.quotewire.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes {@code latest.json} (every measurement) and {@code latest.md} (the table) into the results folder. */
public final class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultWriter() {}

    /**
     * @param measurements the raw measurements by phase, serialised as they are
     * @return the two files written
     */
    public static List<Path> write(Path dir, MachineInfo machine, String run, List<Figure> figures,
            List<String> notes, Map<String, Object> measurements, String markdown) throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", JSON.valueToTree(machine));
        root.put("run", run);
        root.set("figures", JSON.valueToTree(figures));
        root.set("notes", JSON.valueToTree(notes));
        root.set("measurements", JSON.valueToTree(measurements));
        Path json = dir.resolve("latest.json");
        Path md = dir.resolve("latest.md");
        Files.writeString(json, JSON.writeValueAsString(root) + "\n");
        Files.writeString(md, markdown);
        return List.of(json, md);
    }
}
