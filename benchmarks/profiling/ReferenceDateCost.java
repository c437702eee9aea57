import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.quotewire.engine.corenlp.DatedDocument;
import io.quotewire.engine.corenlp.PipelineSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What SUTime's reference date costs: raw CoreNLP ({@code PipelineSettings.defaults()}, 2 threads, as the benchmark's
 * raw pass) over the "text" fields of a .jsonl file, three passes to warm up, then passes without and with a
 * publication date (as nlp-service annotates through {@code DatedDocument}) in turn, each with this process's CPU.
 *
 * <p>Run from the repository root after {@code ./mvnw -B -o -pl benchmarks -am package -DskipTests}:
 * {@code java -Xmx2g -cp "benchmarks/target/quotewire-bench.jar:benchmarks/target/lib/*"
 * benchmarks/profiling/ReferenceDateCost.java FILE.jsonl}
 */
public class ReferenceDateCost {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-11-30");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(PipelineSettings.defaults());
        for (int i = 0; i < 3; i++) {
            pass(pipeline, texts, null, "warm-up");
        }
        for (int i = 0; i < 3; i++) {
            pass(pipeline, texts, null, "no date");
            pass(pipeline, texts, PUBLISHED, "dated");
        }
    }

    private static void pass(StanfordCoreNLP pipeline, List<String> texts, LocalDate date, String name)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (String text : texts) {
            done.add(threads.submit(() -> {
                CoreDocument document = DatedDocument.of(text, date);
                pipeline.annotate(document);
                return document.tokens().size();
            }));
        }
        long tokens = 0;
        for (Future<Integer> future : done) {
            tokens += future.get();
        }
        threads.shutdown();
        double cpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf("%-8s %,d tokens  %.2f CPU-s  %.2f s  %,.0f tokens per CPU-s  load %.1f%n", name, tokens,
                cpuSeconds, (System.nanoTime() - wall) / 1e9, tokens / cpuSeconds, OS.getSystemLoadAverage());
    }
}
