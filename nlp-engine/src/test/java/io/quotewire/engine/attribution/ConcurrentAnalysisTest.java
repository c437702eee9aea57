package io.quotewire.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.model.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine analysing from two threads at once gives the same result as one thread. */
class ConcurrentAnalysisTest {

    @Test
    void twoThreadsGiveIdenticalResults() throws Exception {
        AnnotatedText first = SharedPipeline.annotate(Files.readString(Path.of("../seeds/004_6e24b6c3a97ee8ce.txt")));
        AnnotatedText second = SharedPipeline.annotate(Files.readString(Path.of("../seeds/000_6beca85ce06e4a01.txt")));
        AttributionEngine engine = new AttributionEngine();
        TextAnalysis expectedFirst = engine.analyze(first);
        TextAnalysis expectedSecond = engine.analyze(second);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Future<TextAnalysis> a = pool.submit(() -> engine.analyze(first));
                Future<TextAnalysis> b = pool.submit(() -> engine.analyze(second));
                assertThat(a.get()).isEqualTo(expectedFirst);
                assertThat(b.get()).isEqualTo(expectedSecond);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expectedFirst.quotes()).isNotEmpty();
    }
}
