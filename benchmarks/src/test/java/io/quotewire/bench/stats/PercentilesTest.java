package io.quotewire.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnOneToAHundred() {
        List<Double> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        Collections.shuffle(samples, new java.util.Random(1));

        Percentiles p = new Percentiles(samples);

        assertThat(p.at(50)).isEqualTo(50.0);
        assertThat(p.at(95)).isEqualTo(95.0);
        assertThat(p.at(99)).isEqualTo(99.0);
        assertThat(p.at(100)).isEqualTo(100.0);
        assertThat(p.at(0.5)).isEqualTo(1.0);
        assertThat(p.mean()).isEqualTo(50.5);
        assertThat(p.max()).isEqualTo(100.0);
    }

    @Test
    void fewSamplesRoundTheRankUp() {
        Percentiles p = new Percentiles(40, 10, 30, 20);

        assertThat(p.at(50)).isEqualTo(20.0);
        assertThat(p.at(51)).isEqualTo(30.0);
        assertThat(p.at(99)).isEqualTo(40.0);
        assertThat(p.summary()).isEqualTo(new LatencySummary(4, 20, 40, 40, 40, 25));
    }

    @Test
    void oneSampleIsEveryPercentile() {
        assertThat(new Percentiles(7.5).summary()).isEqualTo(new LatencySummary(1, 7.5, 7.5, 7.5, 7.5, 7.5));
    }

    @Test
    void noSamplesGiveNaNRatherThanAnInventedNumber() {
        LatencySummary none = new Percentiles(List.of()).summary();

        assertThat(none.count()).isZero();
        assertThat(none.p50()).isNaN();
        assertThat(none.p99()).isNaN();
    }

    @Test
    void percentilesOutsideZeroToAHundredAreRefused() {
        Percentiles p = new Percentiles(1, 2, 3);

        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
