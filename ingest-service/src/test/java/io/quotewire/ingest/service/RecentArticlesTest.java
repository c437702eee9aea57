package io.quotewire.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The recently published ids: remembered once added, and never more of them than the configured capacity. */
class RecentArticlesTest {

    @Test
    void anAddedIdIsRememberedAndAnotherIsNot() {
        RecentArticles recent = new RecentArticles(10);
        recent.addAll(List.of("a1", "b2"));
        assertThat(recent.contains("a1")).isTrue();
        assertThat(recent.contains("b2")).isTrue();
        assertThat(recent.contains("c3")).isFalse();
    }

    @Test
    void beyondItsCapacityItForgetsSoThatMemoryStaysBounded() {
        RecentArticles recent = new RecentArticles(100);
        List<String> ids = IntStream.range(0, 1_000).mapToObj(i -> "id-" + i).toList();
        ids.forEach(recent::add);
        assertThat(recent.size()).isEqualTo(100);
        assertThat(ids.stream().filter(recent::contains).count()).isEqualTo(100);
    }
}
