package io.quotewire.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineWarmUpTest {

    @Test
    void zeroDurationAnnotatesNothing() {
        List<String> annotated = new CopyOnWriteArrayList<>();

        int rounds = new PipelineWarmUp(annotated::add, "text").run(2, Duration.ZERO);

        assertThat(rounds).isZero();
        assertThat(annotated).isEmpty();
    }

    @Test
    void everyThreadAnnotatesTheArticleUntilTheTimeIsUp() {
        List<String> annotated = new CopyOnWriteArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        PipelineWarmUp warmUp = new PipelineWarmUp(text -> {
            threads.add(Thread.currentThread());
            annotated.add(text);
            sleep(5);
        }, "The article.");

        long started = System.nanoTime();
        int rounds = warmUp.run(2, Duration.ofMillis(200));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(rounds).isEqualTo(annotated.size()).isGreaterThanOrEqualTo(2);
        assertThat(annotated).containsOnly("The article.");
        assertThat(threads).hasSize(2).allSatisfy(thread -> assertThat(thread.getName()).isEqualTo("corenlp-warm-up"));
    }

    @Test
    void aRoundStartedBeforeTheDeadlineIsFinished() {
        List<String> annotated = new CopyOnWriteArrayList<>();

        int rounds = new PipelineWarmUp(text -> {
            sleep(100);
            annotated.add(text);
        }, "slow").run(1, Duration.ofMillis(10));

        assertThat(rounds).isEqualTo(1);
        assertThat(annotated).containsExactly("slow");
    }

    @Test
    void aFailingAnnotationFailsTheWarmUp() {
        PipelineWarmUp warmUp = new PipelineWarmUp(text -> {
            throw new IllegalArgumentException("broken model");
        }, "text");

        assertThatThrownBy(() -> warmUp.run(2, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("broken model");
    }

    @Test
    void theBuiltInArticleIsNewsWithQuotesNamesAndDates() {
        String article = PipelineWarmUp.builtInArticle();

        assertThat(article.split("\\s+")).hasSizeGreaterThan(300);
        assertThat(article).contains("\" said Mayor Anne-Marie Collins", "on Tuesday", "January 15", "March 2023");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
