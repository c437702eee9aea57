package io.quotewire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTheFullRunOnTheBenchmarksOwnStack() {
        BenchOptions options = BenchOptions.parse("--root", "/repo");

        assertThat(options.storeSizes()).containsExactly(10_000L, 100_000L);
        assertThat(options.storeMinutes()).isZero();
        assertThat(options.articles()).isEqualTo(60);
        assertThat(options.attach()).isFalse();
        assertThat(options.queryPort()).isEqualTo(18080);
        assertThat(options.corpusDirs()).containsExactly(Path.of("/repo/seeds"));
        assertThat(options.outDir()).isEqualTo(Path.of("/repo/benchmarks/results"));
        assertThat(options.largestChars()).isEqualTo(1_000_000);
        assertThat(options.describe()).endsWith(", largest article 1000000 characters");
    }

    @Test
    void theLargestArticleCanBeLeftOut() {
        BenchOptions options = BenchOptions.parse("--largest-chars", "0");

        assertThat(options.largestChars()).isZero();
        assertThat(options.describe()).doesNotContain("largest");
    }

    @Test
    void quickIsSmallAndExplicitOptionsWinOverIt() {
        BenchOptions options = BenchOptions.parse("--quick", "--store", "5000,2_000", "--attach", "--nlp-port", "9082");

        assertThat(options.articles()).isEqualTo(12);
        assertThat(options.smallFiles()).isEqualTo(1000);
        assertThat(options.storeSizes()).containsExactly(2000L, 5000L);
        assertThat(options.storeMinutes()).isEqualTo(1.25);
        assertThat(BenchOptions.parse("--quick", "--store-minutes", "3").storeMinutes()).isEqualTo(3.0);
        assertThat(options.queryPort()).isEqualTo(8080);
        assertThat(options.nlpPort()).isEqualTo(9082);
        assertThat(options.describe()).startsWith("--quick, attached to a running stack, 12 corpus articles");
    }

    @Test
    void theOwnStackMovesToOtherPortsDatabaseIncluded() {
        BenchOptions options = BenchOptions.parse("--kafka-port", "24092", "--postgres-port", "24432");

        assertThat(options.kafkaPort()).isEqualTo(24092);
        assertThat(options.postgresPort()).isEqualTo(24432);
        assertThat(BenchOptions.parse().postgresPort()).isEqualTo(25432);
        assertThat(BenchOptions.parse("--attach").postgresPort()).isEqualTo(15432);
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> BenchOptions.parse("--article", "3")).hasMessage("unknown option: --article");
        assertThatThrownBy(() -> BenchOptions.parse("--articles")).hasMessage("--articles needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--light-rate", "0")).hasMessage("--light-rate must be positive");
        assertThatThrownBy(() -> BenchOptions.parse("--store", "10,-1")).hasMessageContaining("positive");
        assertThat(BenchOptions.parse("--corpus", "a", "--corpus", "b").corpusDirs())
                .isEqualTo(List.of(Path.of("a"), Path.of("b")));
    }
}
