package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersRecursivelyInOrderAndSkipsHiddenOnes() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news/2019"));
        Files.writeString(news.resolve("b.html"), "b");
        Files.writeString(news.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("news/.DS_Store"), "x");
        Files.createDirectories(dir.resolve("news/.git"));
        Files.writeString(dir.resolve("news/.git/HEAD"), "x");
        Path single = Files.writeString(dir.resolve("single.md"), "s");

        assertThat(FileCollector.collect(List.of(single, dir.resolve("news"))))
                .containsExactly(single, news.resolve("a.txt"), news.resolve("b.html"));
    }

    @Test
    void namesAPathThatDoesNotExist() {
        assertThatThrownBy(() -> FileCollector.collect(List.of(dir.resolve("missing"))))
                .isInstanceOf(UsageException.class).hasMessageContaining("no such file or folder");
    }
}
