package io.quotewire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files go in requests of at most N files and about 8 MiB, in order. */
class UploadBatchesTest {

    @TempDir
    Path dir;

    @Test
    void smallFilesGoTwentyAtATimeInOrder() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            files.add(Files.writeString(dir.resolve("f" + i + ".txt"), "File " + i));
        }
        List<List<Path>> batches = UploadBatches.of(files, 20);
        assertThat(batches).extracting(List::size).containsExactly(20, 20, 5);
        assertThat(batches.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(files);
    }

    @Test
    void aLargeFileGoesAlone() throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), "small");
        Path large = Files.write(dir.resolve("large.txt"), new byte[(int) UploadBatches.MAX_BYTES]);
        assertThat(UploadBatches.of(List.of(small, large, small), 20))
                .containsExactly(List.of(small), List.of(large), List.of(small));
    }
}
