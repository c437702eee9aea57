package io.quotewire.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.bench.stats.LatencySummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final MachineInfo MACHINE = new MachineInfo(2, 23_987, "OpenJDK 64-Bit Server VM 17.0.15",
            "Linux amd64", 4.25, Instant.parse("2026-11-23T18:05:00Z"));

    @Test
    void rendersHeadingTableAndNotes() {
        String md = ResultTable.render(MACHINE, "--quick", List.of(
                Figure.against(1, "nlp-service ÷ raw CoreNLP (2 threads)", "0.93", "≥ 0.90", true),
                Figure.against(4, "ingest, small files", "640 files/s", "≥ 1,000 files/s", false),
                Figure.info(3, "saturating", "p50 1,200 ms")), List.of("Shared machine."));

        assertThat(md).isEqualTo("""
                ### Quotewire benchmark, 2026-11-23 18:05 UTC

                Machine: 2 cores, 23,987 MB RAM, OpenJDK 64-Bit Server VM 17.0.15, Linux amd64; load average 4.3 \
                at start.

                Run: --quick.

                | # | figure | measured | goal | verdict |
                |---|---|---|---|---|
                | 1 | nlp-service ÷ raw CoreNLP (2 threads) | 0.93 | ≥ 0.90 | met |
                | 4 | ingest, small files | 640 files/s | ≥ 1,000 files/s | **missed** |
                | 3 | saturating | p50 1,200 ms |  |  |

                - Shared machine.
                """);
    }

    @Test
    void pipesAndLineBreaksCannotBreakARow() {
        assertThat(ResultTable.cell("GET /search?q=a|b\nnext")).isEqualTo("GET /search?q=a\\|b next");
        assertThat(ResultTable.cell(null)).isEmpty();
    }

    @Test
    void numbersAreFormattedForPeople() {
        assertThat(Format.count(12_345.6)).isEqualTo("12,346");
        assertThat(Format.ratio(0.1234)).isEqualTo("0.12");
        assertThat(Format.millis(7.44)).isEqualTo("7.4 ms");
        assertThat(Format.millis(1234.4)).isEqualTo("1,234 ms");
        assertThat(Format.percentiles(new LatencySummary(40, 5, 9.96, 120, 130, 8)))
                .isEqualTo("p50 5.0 ms / p95 10.0 ms / p99 120 ms (n=40)");
        assertThat(Format.p50p99(new LatencySummary(3, 1.25, 2, 3, 3, 2))).isEqualTo("p50 1.3 ms / p99 3.0 ms");
    }
}
