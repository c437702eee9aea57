package io.quotewire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quotewire.bench.phase.CoreNlpResult;
import io.quotewire.bench.phase.CpuEfficiency;
import io.quotewire.bench.phase.NlpThroughput;
import io.quotewire.bench.report.Figure;
import io.quotewire.bench.report.Verdict;
import io.quotewire.bench.stats.LatencySummary;
import io.quotewire.engine.bench.RunFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuEfficiencyFigureTest {

    private static final long TOKENS = 30_006;

    @Test
    void dividesEachSidesTokensByItsOwnProcesssCpuSeconds() {
        // The full run of 2026-12-01 15:55 UTC: nlp-service 16.5 CPU-s in its pass, the driver 11.3 in the raw pass.
        CpuEfficiency efficiency = results(16.5, 11.3, 11.3).cpuEfficiency();

        assertThat(efficiency.serviceTokensPerCpuSecond()).isCloseTo(1_818.5, within(0.1));
        assertThat(efficiency.rawTokensPerCpuSecond()).isCloseTo(2_655.4, within(0.1));
        assertThat(efficiency.ratio()).isCloseTo(11.3 / 16.5, within(1e-9));
    }

    @Test
    void theRawSideIsTheMeanOfThePassesBeforeAndAfter() {
        CpuEfficiency efficiency = results(20, 10, 40).cpuEfficiency();

        assertThat(efficiency.rawTokensPerCpuSecondBefore()).isCloseTo(3_000.6, within(1e-6));
        assertThat(efficiency.rawTokensPerCpuSecondAfter()).isCloseTo(750.15, within(1e-6));
        assertThat(efficiency.rawTokensPerCpuSecond()).isCloseTo(1_875.375, within(1e-6));
        assertThat(efficiency.ratio()).isCloseTo(1_500.3 / 1_875.375, within(1e-9));
    }

    @Test
    void theOtherProcessesCpuDoesNotCount() {
        RunResults busy = results(Map.of("nlp-service", 12.0, "kafka", 9.0, "query-service", 7.0, "driver", 0.6),
                11.4, 11.4);

        assertThat(busy.cpuEfficiency().ratio()).isCloseTo(11.4 / 12.0, within(1e-9));
    }

    @Test
    void theFigureStandsBesideTheWallTimeRatioAgainstItsGoal() {
        List<Figure> missed = new ArrayList<>();
        FigureBuilder.cpuEfficiency(results(16.5, 11.3, 11.3).cpuEfficiency(), missed);
        List<Figure> met = new ArrayList<>();
        FigureBuilder.cpuEfficiency(results(11.8, 11.3, 11.3).cpuEfficiency(), met);

        assertThat(missed).singleElement().satisfies(figure -> {
            assertThat(figure.section()).isEqualTo(1);
            assertThat(figure.value()).isEqualTo("0.68 (1,819 vs 2,655 tokens per CPU-second: 30,006 tokens in 16.50 CPU-s;"
                    + " raw 30,006 in 11.30 CPU-s before and 11.30 after)");
            assertThat(figure.goal()).isEqualTo("≥ 0.95");
            assertThat(figure.verdict()).isEqualTo(Verdict.MISSED);
        });
        assertThat(met).singleElement().extracting(Figure::verdict).isEqualTo(Verdict.MET);
    }

    @Test
    void aPassWithoutCpuTimesIsNotMeasuredAndMissed() {
        RunResults noService = results(Map.of("kafka", 0.3), 11.3, 11.3);
        List<Figure> figures = new ArrayList<>();
        FigureBuilder.cpuEfficiency(noService.cpuEfficiency(), figures);

        assertThat(noService.cpuEfficiency()).isNull();
        assertThat(results(16.5, 0, 11.3).cpuEfficiency()).isNull();
        assertThat(figures).singleElement().satisfies(figure -> {
            assertThat(figure.value()).isEqualTo("not measured");
            assertThat(figure.verdict()).isEqualTo(Verdict.MISSED);
        });
        assertThatThrownBy(() -> new CpuEfficiency(TOKENS, 0, TOKENS, 11.3, 11.3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RunResults results(double serviceCpu, double rawCpuBefore, double rawCpuAfter) {
        return results(Map.of("nlp-service", serviceCpu, "driver", 0.6), rawCpuBefore, rawCpuAfter);
    }

    private static RunResults results(Map<String, Double> nlpPass, double rawCpuBefore, double rawCpuAfter) {
        RunFigures sequential = new RunFigures("bench corpus", 60, TOKENS, 11_500, 220, 300);
        CoreNlpResult raw = new CoreNlpResult(4, sequential, 2, 7.9, 6.1, rawCpuBefore, rawCpuAfter, List.of(), Map.of());
        NlpThroughput service = new NlpThroughput(60, 60, TOKENS, 11.03, new LatencySummary(60, 584, 900, 999, 1_100, 600));
        return new RunResults(null, null, raw, service, null, null, null, List.of(), List.of(), List.of(),
                Map.of(BenchRun.NLP_PASS, nlpPass), Map.of(), Map.of(), 0, List.of());
    }
}
