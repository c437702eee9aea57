package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedIngesterTest {

    @Test
    void theSeedsAreTheTwoArticlesNotTheReadme() {
        Path seeds = Path.of("../../seeds");

        assertThat(SeedIngester.articles(seeds)).extracting(path -> path.getFileName().toString())
                .containsExactly("000_6beca85ce06e4a01.txt", "004_6e24b6c3a97ee8ce.txt");
    }

    @Test
    void eachSeedHasItsPublicationDaySoItsDatesResolve() {
        assertThat(SeedIngester.publicationDays(Path.of("../../seeds")))
                .containsEntry("000_6beca85ce06e4a01.txt", "2019-10-07")
                .containsEntry("004_6e24b6c3a97ee8ce.txt", "2019-10-07")
                .hasSize(2);
        assertThat(SeedIngester.publicationDays(Path.of("no-such-folder"))).isEmpty();
    }
}
